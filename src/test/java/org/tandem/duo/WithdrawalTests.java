package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.matching.MatchingService;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxService;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DomainException;

/**
 * Withdrawing somebody who is in a duo: the participant module publishes the withdrawal, the duo module ends the
 * duo, frees the mentor's place and tells the partner and the coordinators; the partner is back in the pool.
 */
@IntegrationTest
class WithdrawalTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    DuoService duos;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    MyParticipation me;

    @Autowired
    MatchingService matching;

    @Autowired
    OutboxService outbox;

    @Autowired
    AccountService accounts;

    @Test
    void aWithdrawnMenteeDeclinesTheirProposal_theMentorIsBackInThePoolWithTheirPlaceFree() {
        var world = fixture.proposed();
        as(TestUsers.COORDINATOR, () -> enrolments.withdraw(world.menteeEnrolmentId(), "Moved abroad"));

        var duo = as(TestUsers.COORDINATOR, () -> duos.details(world.duoId()));
        assertThat(duo.state()).isEqualTo(DuoState.DECLINED);
        assertThat(duo.endReason()).isEqualTo(EndReason.WITHDRAWN);
        assertThat(duo.endNote()).isEqualTo("Moved abroad");
        assertThat(duo.declinedBySide()).isEqualTo(DuoSide.MENTEE);
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(duos.openDuoCounts(List.of(world.mentorEnrolmentId())))
                .containsEntry(world.mentorEnrolmentId(), 0);

        var next = fixture.anotherMentee(world, 2);
        assertThat(as(TestUsers.COORDINATOR, () -> duos.details(next.duoId())).state())
                .isEqualTo(DuoState.PROPOSED);
    }

    @Test
    void aWithdrawnMentorEndsTheirRunningDuoEarly_andThePartnerAndCoordinatorsAreTold() {
        var world = fixture.active();
        as(TestUsers.COORDINATOR, () -> enrolments.withdraw(world.mentorEnrolmentId(), "Ill for a long time"));

        var duo = as(TestUsers.COORDINATOR, () -> duos.details(world.duoId()));
        assertThat(duo.state()).isEqualTo(DuoState.ENDED_EARLY);
        assertThat(duo.endReason()).isEqualTo(EndReason.WITHDRAWN);
        assertThat(duo.endedOn()).isNotNull();
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.WITHDRAWN);

        var mails = as(TestUsers.ADMIN, outbox::list);
        assertThat(mails).filteredOn(m -> m.recipient().equals(world.menteeEmail()))
                .filteredOn(m -> m.kind().equals("duo-withdrawn")).singleElement()
                .satisfies(m -> assertThat(body(m)).contains("Sami", "Mila").doesNotContain("Mentor"));
        assertThat(mails).filteredOn(m -> m.recipient().equals(TestUsers.COORDINATOR))
                .filteredOn(m -> m.kind().equals("duo-withdrawn"))
                .anySatisfy(m -> assertThat(body(m)).contains("Mila Mentor", "/duos/" + world.duoId()));
        assertThat(mails).filteredOn(m -> m.recipient().equals(world.mentorEmail()))
                .noneMatch(m -> m.kind().equals("duo-withdrawn"));

        // every later step on the closed duo is refused as such, not because an enrolment may not move
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> duos.complete(world.duoId(),
                java.time.LocalDate.now(), null))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("duo.state.illegal"));
    }

    @Test
    void aMentorWithTwoMenteesStaysMatchedWhenOneMenteeIsWithdrawn() {
        var first = fixture.proposed(ProgrammeKind.INTERGENERATIONAL, 2);
        var second = fixture.anotherMentee(first, 2);
        as(TestUsers.COORDINATOR, () -> enrolments.withdraw(second.menteeEnrolmentId(), "Found a job"));

        assertThat(as(TestUsers.COORDINATOR, () -> duos.details(second.duoId())).state())
                .isEqualTo(DuoState.DECLINED);
        assertThat(as(TestUsers.COORDINATOR, () -> duos.details(first.duoId())).state())
                .isEqualTo(DuoState.PROPOSED);
        assertThat(status(first.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.MATCHED);
        assertThat(duos.openDuoCounts(List.of(first.mentorEnrolmentId())))
                .containsEntry(first.mentorEnrolmentId(), 1);
    }

    @Test
    void withdrawingConsentToTakePartWithdrawsTheEnrolment_andEndsTheDuo() {
        var world = fixture.confirmed();
        long consent = as(world.menteeEmail(), () -> me.enrolments()).stream()
                .flatMap(e -> e.consents().stream())
                .filter(c -> c.purpose() == ConsentPurpose.PARTICIPATION && c.withdrawnAt() == null)
                .findFirst().orElseThrow().id();
        as(world.menteeEmail(), () -> me.withdraw(consent));

        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.WITHDRAWN);
        var duo = as(TestUsers.COORDINATOR, () -> duos.details(world.duoId()));
        assertThat(duo.state()).isEqualTo(DuoState.ENDED_EARLY);
        assertThat(duo.endReason()).isEqualTo(EndReason.WITHDRAWN);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
    }

    @Test
    void aRunWhosePoolChangedIsOutOfDate_andPublishingItIsRefusedUntilItIsRunAgain() {
        var world = fixture.proposed();
        var pool = fixture.anotherDuo(world);
        as(TestUsers.COORDINATOR, () -> duos.declineOnBehalf(pool.duoId(), DuoSide.MENTEE, EndReason.NO_CLICK, null));
        var other = fixture.anotherDuo(world);
        as(TestUsers.COORDINATOR, () -> duos.declineOnBehalf(other.duoId(), DuoSide.MENTEE, EndReason.NO_TIME,
                null));
        long run = as(TestUsers.COORDINATOR, () -> matching.run(world.cohortId()));
        assertThat(as(TestUsers.COORDINATOR, () -> matching.view(run)).pairs()).isNotEmpty();

        as(TestUsers.COORDINATOR, () -> enrolments.withdraw(other.menteeEnrolmentId(), "No longer interested"));

        assertThat(as(TestUsers.COORDINATOR, () -> matching.view(run)).summary().outdatedAt()).isNotNull();
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> matching.publish(run)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("matching.run.outdated.refused"));
        long again = as(TestUsers.COORDINATOR, () -> matching.rerun(run));
        assertThat(as(TestUsers.COORDINATOR, () -> matching.view(again)).summary().outdatedAt()).isNull();
        assertThat(as(TestUsers.COORDINATOR, () -> matching.publish(again))).isPositive();
    }

    private String body(OutboxEntry mail) {
        return as(TestUsers.ADMIN, () -> outbox.get(mail.id())).body();
    }

    private EnrolmentStatus status(long enrolmentId) {
        return as(TestUsers.COORDINATOR, () -> queries.matchCandidates(List.of(enrolmentId))).stream()
                .map(MatchCandidate::status).findFirst().orElseThrow();
    }

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private void as(String email, Runnable work) {
        accounts.callAs(email, () -> {
            work.run();
            return null;
        });
    }
}
