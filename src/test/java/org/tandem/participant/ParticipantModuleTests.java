package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tandem.CleanDatabase;
import org.tandem.TestDatabase;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.DuoEvents.Closure;
import org.tandem.participant.DuoEvents.DuoClosed;
import org.tandem.participant.DuoEvents.DuoProposed;
import org.tandem.participant.DuoEvents.DuoStarted;
import org.tandem.programme.ProgrammeKind;

/** The participant module on its own: what it publishes, and how enrolments follow the duo module's events. */
@CleanDatabase
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"system", "shared"})
@Import({TestDatabase.class, TestUsers.class, ParticipantFixture.class})
class ParticipantModuleTests {

    @Autowired
    ParticipantFixture programmes;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Test
    void aWithdrawalIsPublishedWithItsReasonAndWhoWithdrew(Scenario scenario) {
        var pair = pair();
        scenario.stimulate(() -> accounts.callAs(TestUsers.COORDINATOR, () -> {
                    enrolments.withdraw(pair.mentee(), "  Moved abroad ");
                    return null;
                }))
                .andWaitForEventOfType(EnrolmentWithdrawn.class)
                .matching(e -> e.enrolmentId() == pair.mentee())
                .toArriveAndVerify(e -> {
                    assertThat(e.reason()).isEqualTo("Moved abroad");
                    assertThat(e.by()).isEqualTo(TestUsers.COORDINATOR);
                    assertThat(e.role()).isEqualTo(ParticipantRole.MENTEE);
                    assertThat(e.cohortId()).isEqualTo(pair.setup().cohortId());
                });
    }

    @Test
    void everyStatusChangeIsPublished(Scenario scenario) {
        var pair = pair();
        scenario.publish(new DuoProposed(1, pair.setup().programmeId(), pair.setup().cohortId(), pair.mentor(),
                        pair.mentee()))
                .andWaitForEventOfType(EnrolmentStatusChanged.class)
                .matching(e -> e.enrolmentId() == pair.mentee() && e.to() == EnrolmentStatus.MATCHED)
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isEqualTo(EnrolmentStatus.READY_TO_MATCH);
                    assertThat(e.role()).isEqualTo(ParticipantRole.MENTEE);
                    assertThat(e.cohortId()).isEqualTo(pair.setup().cohortId());
                });
    }

    @Test
    void enrolmentsFollowTheirDuo_fromProposalToAnEarlyEndThatLeavesABusyMentorMatched(Scenario scenario) {
        var pair = pair();
        long programme = pair.setup().programmeId();
        long cohort = pair.setup().cohortId();
        scenario.publish(new DuoProposed(7, programme, cohort, pair.mentor(), pair.mentee()))
                .andWaitForStateChange(() -> status(pair.mentee()), s -> s == EnrolmentStatus.MATCHED)
                .andVerify(s -> assertThat(status(pair.mentor())).isEqualTo(EnrolmentStatus.MATCHED));
        scenario.publish(new DuoStarted(7, pair.mentor(), pair.mentee()))
                .andWaitForStateChange(() -> status(pair.mentee()), s -> s == EnrolmentStatus.ACTIVE)
                .andVerify(s -> assertThat(status(pair.mentor())).isEqualTo(EnrolmentStatus.ACTIVE));
        scenario.publish(new DuoClosed(7, programme, cohort, pair.mentor(), pair.mentee(), Closure.ENDED_EARLY,
                        "NO_TIME", true))
                .andWaitForStateChange(() -> status(pair.mentee()), s -> s == EnrolmentStatus.READY_TO_MATCH)
                .andVerify(s -> assertThat(status(pair.mentor())).isEqualTo(EnrolmentStatus.ACTIVE));
    }

    @Test
    void aWithdrawnEnrolmentStaysWithdrawnWhenItsDuoCloses(Scenario scenario) {
        var pair = pair();
        long programme = pair.setup().programmeId();
        long cohort = pair.setup().cohortId();
        scenario.publish(new DuoProposed(9, programme, cohort, pair.mentor(), pair.mentee()))
                .andWaitForStateChange(() -> status(pair.mentee()), s -> s == EnrolmentStatus.MATCHED);
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            enrolments.withdraw(pair.mentor(), "Ill");
            return null;
        });
        scenario.publish(new DuoClosed(9, programme, cohort, pair.mentor(), pair.mentee(), Closure.DECLINED,
                        "WITHDRAWN", false))
                .andWaitForStateChange(() -> status(pair.mentee()), s -> s == EnrolmentStatus.READY_TO_MATCH)
                .andVerify(s -> assertThat(status(pair.mentor())).isEqualTo(EnrolmentStatus.WITHDRAWN));
    }

    private record Pair(ParticipantFixture.Setup setup, long mentor, long mentee) {
    }

    private Pair pair() {
        users.ensure();
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = programmes.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 2,
                setup.siteId(), ParticipantMother.profile());
        long mentee = programmes.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1,
                setup.siteId(), ParticipantMother.profile());
        return new Pair(setup, mentor, mentee);
    }

    private EnrolmentStatus status(long enrolmentId) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> queries.matchCandidates(List.of(enrolmentId))).get(0)
                .status();
    }
}
