package org.tandem.activity.contact;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.DuoFixture;
import org.tandem.duo.DuoProposal;
import org.tandem.duo.DuoService;
import org.tandem.employer.EmployerMother;
import org.tandem.employer.EmployerWorld;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.NewEnrolment;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/**
 * An intergenerational programme of {@link TestUsers#COORDINATOR} with two active employers, each with its own
 * employer-contact user: the first released two mentors (one in a started duo, one still without a duo), the other one
 * mentor in a started duo. Mentors have accounts (password {@link TestUsers#PASSWORD}). Import together with
 * {@link ParticipantFixture}, {@link DuoFixture} and {@link EmployerWorld}.
 */
@TestComponent
public class ContactFixture {

    public record World(long programmeId, long cohortId, long siteId, long employerId, String contact,
            long mentor, String mentorEmail, long mentorWithoutDuo, long otherEmployerId, String otherContact,
            long otherMentor, String otherMentorEmail) {
    }

    private final ParticipantFixture participants;
    private final DuoFixture duoFixture;
    private final EmployerWorld employerWorld;
    private final AccountService accounts;
    private final EnrolmentService enrolments;
    private final ConsentService consents;
    private final ParticipantQueries queries;
    private final DuoService duos;
    private final TestUsers users;

    ContactFixture(ParticipantFixture participants, DuoFixture duoFixture, EmployerWorld employerWorld,
            AccountService accounts, EnrolmentService enrolments, ConsentService consents, ParticipantQueries queries,
            DuoService duos, TestUsers users) {
        this.participants = participants;
        this.duoFixture = duoFixture;
        this.employerWorld = employerWorld;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.consents = consents;
        this.queries = queries;
        this.duos = duos;
        this.users = users;
    }

    public World world() {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        String contact = EmployerMother.employerContact(accounts);
        String otherContact = EmployerMother.employerContact(accounts);
        long employer = accounts.callAs(TestUsers.COORDINATOR, () -> employerWorld.activeEmployer(setup.programmeId(),
                EmployerMother.details(), contact));
        long other = accounts.callAs(TestUsers.COORDINATOR, () -> employerWorld.activeEmployer(setup.programmeId(),
                EmployerMother.details(), otherContact));
        String mentorEmail = account(Role.MENTOR);
        long mentor = releasedMentor(setup, employer, "Johan", mentorEmail);
        long withoutDuo = releasedMentor(setup, employer, "Gerrit", account(Role.MENTOR));
        String otherMentorEmail = account(Role.MENTOR);
        long otherMentor = releasedMentor(setup, other, "Otto", otherMentorEmail);
        startDuo(setup, mentor, mentorEmail);
        startDuo(setup, otherMentor, otherMentorEmail);
        return new World(setup.programmeId(), setup.cohortId(), setup.siteId(), employer, contact, mentor,
                mentorEmail, withoutDuo, other, otherContact, otherMentor, otherMentorEmail);
    }

    public static MomentPlanning planning(long mentor, Integer step, LocalDateTime start) {
        return new MomentPlanning(mentor, step, start, start.plusHours(1), "Kantine", null, null);
    }

    private long releasedMentor(ParticipantFixture.Setup setup, long employerId, String firstName, String email) {
        var person = new PersonData(firstName, "Released", email, "+31 6 1234 5678", 1962, Language.NL, "Rotterdam",
                "3011 AA", Country.NL);
        return accounts.callAs(TestUsers.COORDINATOR, () -> {
            long id = enrolments.enrol(new NewEnrolment(setup.cohortId(), ParticipantRole.MENTOR, person,
                    ParticipantMother.profile(), setup.siteId(), employerId, 1));
            enrolments.planIntake(id, LocalDateTime.of(2026, 12, 1, 10, 0));
            enrolments.recordIntake(id, "ok", queries.get(id).requiredChecks());
            consents.give(id, ConsentPurpose.PARTICIPATION);
            enrolments.declareEligible(id);
            enrolments.markTrained(id);
            enrolments.markReadyToMatch(id);
            return id;
        });
    }

    private void startDuo(ParticipantFixture.Setup setup, long mentor, String mentorEmail) {
        String menteeEmail = account(Role.MENTEE);
        var person = new PersonData("Sami", "Mentee", menteeEmail, "+31 6 1234 5678", 2001, Language.NL,
                "Rotterdam", "3011 AA", Country.NL);
        long mentee = participants.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, person, 1,
                setup.siteId(), ParticipantMother.profile());
        long duo = accounts.callAs(TestUsers.COORDINATOR, () -> duos.propose(new DuoProposal(mentor, mentee,
                setup.cohortId(), setup.programmeId(), 1)));
        var world = new DuoFixture.World(setup.programmeId(), setup.cohortId(), setup.siteId(), mentor, mentorEmail,
                mentee, menteeEmail, duo);
        duoFixture.activate(duoFixture.confirm(world));
    }

    private String account(Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@contact.test.tandem";
        accounts.create(new NewUser(email, role.name().toLowerCase() + " tester", TestUsers.PASSWORD, Set.of(role)));
        return email;
    }
}
