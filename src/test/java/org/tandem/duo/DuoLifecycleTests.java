package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.matching.MatchingService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.NotFoundException;

/** A duo's steps through the service: who may take them, and what happens to both enrolments. */
@IntegrationTest
class DuoLifecycleTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    DuoService duos;

    @Autowired
    AccountService accounts;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    MatchingService matching;

    @Autowired
    org.tandem.participant.ConsentService consents;

    @Autowired
    org.tandem.programme.ProgrammeService programmes;

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private void as(String email, Runnable work) {
        accounts.callAs(email, () -> { work.run(); return null; });
    }

    private EnrolmentStatus status(long enrolmentId) {
        return as(TestUsers.COORDINATOR, () -> queries.matchCandidates(List.of(enrolmentId))).stream()
                .map(MatchCandidate::status).findFirst().orElseThrow();
    }

    @Test
    void eachMemberConfirmsForThemselves_andSeesOnlyTheirOwnDuo() {
        var world = fixture.proposed();
        var other = fixture.proposed();
        var seen = as(world.menteeEmail(), () -> duos.details(world.duoId()));
        assertThat(seen.viewer().side()).isEqualTo(DuoSide.MENTEE);
        assertThat(seen.actions()).containsExactlyInAnyOrder(DuoDetails.Action.CONFIRM, DuoDetails.Action.DECLINE);
        assertThat(seen.partner().firstName()).isEqualTo("Mila");

        assertThatThrownBy(() -> as(other.mentorEmail(), () -> duos.details(world.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.mentorEmail(), () -> duos.confirm(world.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> duos.details(world.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> duos.confirmOnBehalf(world.duoId(), DuoSide.MENTEE)))
                .isInstanceOf(AccessDeniedException.class);

        as(world.menteeEmail(), () -> duos.confirm(world.duoId()));
        as(TestUsers.COORDINATOR, () -> duos.confirmOnBehalf(world.duoId(), DuoSide.MENTOR));
        var confirmed = as(TestUsers.COORDINATOR, () -> duos.details(world.duoId()));
        assertThat(confirmed.state()).isEqualTo(DuoState.CONFIRMED);
        assertThat(confirmed.mentor().confirmedOnBehalf()).isTrue();
        assertThat(confirmed.mentor().confirmedBy()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(confirmed.mentee().confirmedOnBehalf()).isFalse();
        assertThat(confirmed.actions()).containsExactly(DuoDetails.Action.END_EARLY);
        assertThat(as(world.mentorEmail(), () -> duos.mine())).extracting(DuoDetails::id)
                .containsExactly(world.duoId());
    }

    @Test
    void aMemberSeesThePartnersProfileOnlyWithTheirConsent_andContactsOnlyOnceBothSaidYes() {
        var world = fixture.proposed();
        var before = as(world.menteeEmail(), () -> duos.members(world.duoId())).members();
        assertThat(before).singleElement().satisfies(m -> {
            assertThat(m.side()).isEqualTo(DuoSide.MENTOR);
            assertThat(m.name()).isEqualTo("Mila");
            assertThat(m.profile()).isNull();
            assertThat(m.contact()).isNull();
        });
        as(TestUsers.COORDINATOR, () -> consents.give(world.mentorEnrolmentId(),
                org.tandem.participant.ConsentPurpose.PROFILE_SHARING));
        fixture.confirm(world);
        var after = as(world.menteeEmail(), () -> duos.members(world.duoId())).members().get(0);
        assertThat(after.profile()).isNotNull();
        assertThat(after.contact().email()).isEqualTo(world.mentorEmail());
        var coordinatorView = as(TestUsers.COORDINATOR, () -> duos.members(world.duoId())).members();
        assertThat(coordinatorView).extracting(DuoMembers.Member::side)
                .containsExactly(DuoSide.MENTOR, DuoSide.MENTEE);
        assertThat(coordinatorView).allMatch(m -> m.profile() != null && m.name().contains(" "));
    }

    @Test
    void aDeclineReturnsBothToThePool_andMatchingNeverProposesThatPairAgain() {
        var world = fixture.proposed();
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.MATCHED);
        as(world.menteeEmail(), () -> duos.decline(world.duoId(), EndReason.NO_CLICK, null));

        var declined = as(TestUsers.COORDINATOR, () -> duos.details(world.duoId()));
        assertThat(declined.state()).isEqualTo(DuoState.DECLINED);
        assertThat(declined.declinedBySide()).isEqualTo(DuoSide.MENTEE);
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(duos.declinedPairs(world.cohortId()))
                .containsExactly(new DuoPair(world.mentorEnrolmentId(), world.menteeEnrolmentId()));

        long run = as(TestUsers.COORDINATOR, () -> matching.run(world.cohortId()));
        var view = as(TestUsers.COORDINATOR, () -> matching.view(run));
        assertThat(view.pairs()).isEmpty();
        assertThat(view.unmatched()).extracting(u -> u.mentee().enrolmentId())
                .containsExactly(world.menteeEnrolmentId());
    }

    @Test
    void aMentorWithAnotherOpenDuoStaysMatchedWhenOneProposalIsDeclined() {
        var first = fixture.proposed(ProgrammeKind.INTERGENERATIONAL, 2);
        var second = fixture.anotherMentee(first, 2);
        as(TestUsers.COORDINATOR, () -> duos.declineOnBehalf(second.duoId(), DuoSide.MENTOR, EndReason.OTHER,
                "mentor prefers one mentee"));
        assertThat(status(second.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(status(first.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.MATCHED);
        assertThat(duos.openDuoCounts(List.of(first.mentorEnrolmentId())))
                .containsEntry(first.mentorEnrolmentId(), 1);
    }

    @Test
    void startingAndCompletingMovesBothEnrolments() {
        var world = fixture.active();
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.ACTIVE);
        as(TestUsers.COORDINATOR, () -> duos.pause(world.duoId(), "summer"));
        as(TestUsers.COORDINATOR, () -> duos.resume(world.duoId()));
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> duos.complete(world.duoId(), LocalDate.now(), true)))
                .isInstanceOf(AccessDeniedException.class);
        as(TestUsers.COORDINATOR, () -> duos.complete(world.duoId(), LocalDate.now(), true));
        var done = as(world.mentorEmail(), () -> duos.details(world.duoId()));
        assertThat(done.state()).isEqualTo(DuoState.COMPLETED);
        assertThat(done.mentorContinues()).isTrue();
        assertThat(done.actions()).isEmpty();
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void afterAnEarlyEndBothCanBeMatchedAgainInTheSameCohort() {
        var world = fixture.active();
        as(TestUsers.COORDINATOR, () -> duos.endEarly(world.duoId(), EndReason.MENTOR_STOPPED, null, LocalDate.now(),
                false));
        assertThat(status(world.menteeEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        assertThat(status(world.mentorEnrolmentId())).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
        var next = fixture.anotherMentee(world, 2);
        assertThat(as(TestUsers.COORDINATOR, () -> duos.details(next.duoId())).state()).isEqualTo(DuoState.PROPOSED);
        assertThat(as(TestUsers.COORDINATOR, () -> duos.inCohort(world.cohortId()))).extracting(DuoView::state)
                .containsExactly(DuoState.ENDED_EARLY, DuoState.PROPOSED);
    }

    @Test
    void aFullMentorGetsNoThirdDuo_untilOneCloses() {
        var first = fixture.proposed(ProgrammeKind.CAREER_SWITCH, 2);
        var second = fixture.anotherMentee(first, 2);
        assertThatThrownBy(() -> fixture.anotherMentee(first, 3)).hasMessage("duo.capacity.full");
        as(first.menteeEmail(), () -> duos.decline(first.duoId(), EndReason.NO_TIME, null));
        var third = fixture.anotherMentee(second, 4);
        assertThat(duos.openDuoCounts(List.of(first.mentorEnrolmentId())))
                .containsEntry(first.mentorEnrolmentId(), 2);
        assertThat(third.duoId()).isNotEqualTo(first.duoId());
    }

    @Test
    void aCohortWithOpenDuosIsNotClosed_theRefusalNamesThem_andOnceTheyAreClosedItIs() {
        var world = fixture.proposed();
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> programmes.closeCohort(world.programmeId(),
                world.cohortId()))).isInstanceOfSatisfying(org.tandem.shared.DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("programme.cohort.openWork");
                    assertThat(e.arguments()[1]).isInstanceOfSatisfying(org.tandem.programme.PartUse.class,
                            use -> {
                                assertThat(use.count()).isEqualTo(1);
                                assertThat(use.names()).isEqualTo("Mila Mentor & Sami Mentee");
                            });
                });
        assertThat(as(TestUsers.COORDINATOR, () -> programmes.getCohort(world.programmeId(), world.cohortId()))
                .closed()).isFalse();

        as(TestUsers.COORDINATOR, () -> duos.declineOnBehalf(world.duoId(), DuoSide.MENTOR, EndReason.NO_TIME, null));
        as(TestUsers.COORDINATOR, () -> programmes.closeCohort(world.programmeId(), world.cohortId()));
        assertThat(as(TestUsers.COORDINATOR, () -> programmes.getCohort(world.programmeId(), world.cohortId()))
                .closed()).isTrue();
    }
}
