package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.InvitationService;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxService;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

/** What participants receive by e-mail: the confirmation of an application, an invitation to an account. */
@IntegrationTest
class ParticipantMailTests {

    @Autowired
    ApplicationReceipts receipts;

    @Autowired
    ParticipantInvitations invitations;

    @Autowired
    InvitationService invitationService;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ConsentService consents;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    OutboxService outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture fixture;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private OutboxEntry mailTo(String email) {
        return accounts.callAs(TestUsers.ADMIN, outbox::list).stream().filter(m -> m.recipient().equals(email))
                .findFirst().orElseThrow();
    }

    @Test
    void anApplicationIsConfirmedInTheApplicantsLanguage() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var person = ParticipantMother.personData(2002);
        receipts.applyAndConfirm(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE, null,
                person, ParticipantMother.profile(), EnumSet.of(ConsentPurpose.PARTICIPATION), null, null),
                Locale.FRENCH);
        var mail = mailTo(person.email());
        assertThat(mail.subject()).startsWith("Votre candidature pour");
        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.programmeId()).isEqualTo(setup.programmeId());
        assertThat(accounts.callAs(TestUsers.COORDINATOR, outbox::list)).extracting(OutboxEntry::recipient)
                .contains(person.email());
    }

    @Test
    void anApplicationWithAKnownAddressTellsThatPersonThatNothingOfTheirsChanged() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var person = ParticipantMother.personData(2002);
        enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE, null, person,
                ParticipantMother.profile(), EnumSet.of(ConsentPurpose.PARTICIPATION), null, null));
        var forged = new PersonData("Other", "Name", person.email(), null, null, null, null, null, null);
        receipts.applyAndConfirm(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTOR, null,
                forged, ParticipantMother.profile(), EnumSet.of(ConsentPurpose.PARTICIPATION), null, null),
                Locale.ENGLISH);
        var mail = mailTo(person.email());
        assertThat(mail.recipientName()).isEqualTo(person.firstName() + " " + person.lastName());
        assertThat(accounts.callAs(TestUsers.ADMIN, () -> outbox.get(mail.id())).body())
                .startsWith("Dear " + person.firstName() + ",").contains("did not change your details or consents");
    }

    @Test
    void aRefusedApplicationSendsNoMail() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var person = ParticipantMother.personData(2002);
        assertThatThrownBy(() -> receipts.applyAndConfirm(new Application(setup.programmeId(), setup.cohortId(),
                ParticipantRole.MENTEE, null, person, ParticipantMother.profile(), EnumSet.of(ConsentPurpose.RESEARCH),
                null, null), Locale.ENGLISH)).isInstanceOf(DomainException.class);
        assertThat(accounts.callAs(TestUsers.ADMIN, outbox::list)).extracting(OutboxEntry::recipient)
                .doesNotContain(person.email());
    }

    @Test
    void anAcceptedParticipantIsInvitedOnceToCreateAnAccount() {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var person = ParticipantMother.personData(2002);
        long id = enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE,
                null, person, ParticipantMother.profile(), EnumSet.of(ConsentPurpose.PARTICIPATION), null, null));
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            assertThatThrownBy(() -> invitations.invite(id)).hasMessage("invitation.notAccepted");
            enrolments.planIntake(id, LocalDateTime.of(2026, 12, 1, 9, 0));
            enrolments.recordIntake(id, null, queries.get(id).requiredChecks());
            enrolments.declareEligible(id);
            return null;
        });
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> invitations.invite(id)))
                .isInstanceOf(NotFoundException.class);
        var issued = accounts.callAs(TestUsers.COORDINATOR, () -> invitations.invite(id));
        assertThat(issued.link()).contains("/invitations/");
        assertThat(mailTo(person.email()).kind()).isEqualTo("invitation");
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
        invitationService.accept(token, "Test Person", "a-long-password-1");
        assertThat(accounts.findByEmail(person.email())).isPresent();
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR, () -> invitations.invite(id)))
                .hasMessage("invitation.hasAccount");
    }
}
