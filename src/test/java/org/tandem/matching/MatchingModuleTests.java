package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.EnrolmentStatusChanged;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;

/** The matching module and what it hears: a run goes out of date when its pool changes. */
@CleanDatabase
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"system", "shared"})
@Import({TestDatabase.class, TestUsers.class, ParticipantFixture.class, MatchingFixture.class})
class MatchingModuleTests {

    @Autowired
    ParticipantFixture programmes;

    @Autowired
    MatchingFixture people;

    @Autowired
    MatchingService matching;

    @Autowired
    MatchingRunRepository runs;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Test
    void aStatusChangeOfSomebodyInAnUnpublishedRunOutdatesIt_andLeavesOtherCohortsAlone(Scenario scenario) {
        users.ensure();
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var other = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1,
                setup.siteId(), ParticipantMother.profile());
        long mentee = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1,
                setup.siteId(), ParticipantMother.profile());
        people.ready(TestUsers.COORDINATOR, other.cohortId(), ParticipantRole.MENTOR, 1, other.siteId(),
                ParticipantMother.profile());
        people.ready(TestUsers.COORDINATOR, other.cohortId(), ParticipantRole.MENTEE, 1, other.siteId(),
                ParticipantMother.profile());
        long run = accounts.callAs(TestUsers.COORDINATOR, () -> matching.run(setup.cohortId()));
        long otherRun = accounts.callAs(TestUsers.COORDINATOR, () -> matching.run(other.cohortId()));

        scenario.publish(new EnrolmentStatusChanged(mentee, setup.programmeId(), setup.cohortId(),
                        ParticipantRole.MENTEE, EnrolmentStatus.READY_TO_MATCH, EnrolmentStatus.WITHDRAWN))
                .andWaitForStateChange(() -> runs.findById(run).orElseThrow().outdatedAt())
                .andVerify(outdated -> {
                    assertThat(outdated).isNotNull();
                    assertThat(runs.findById(otherRun).orElseThrow().outdatedAt()).isNull();
                    assertThat(runs.findById(run).orElseThrow().mentorIds()).contains(mentor);
                });
    }
}
