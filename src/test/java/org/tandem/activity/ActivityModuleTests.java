package org.tandem.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.TrainingEvents.TrainingCompleted;

/** The activity module with the modules it builds on: a completed path is published, and the mentor is trained. */
@CleanDatabase
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"system", "shared"})
@Import({TestDatabase.class, TestUsers.class, ParticipantFixture.class, TrainingFixture.class})
class ActivityModuleTests {

    @Autowired
    TrainingFixture fixture;

    @Autowired
    TrainingService training;

    @Autowired
    ParticipantQueries participants;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Test
    void theLastRequiredModuleCompletesThePath_itIsPublishedAndTheMentorIsTrained(Scenario scenario) {
        users.ensure();
        var world = fixture.world(TestUsers.COORDINATOR);
        long mentor = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            training.recordAttendance(world.basicsSession(), new Attendance(Set.of(mentor), null));
            return training.completeElearning(world.online(), mentor);
        });
        scenario.stimulate(() -> accounts.callAs(TestUsers.COORDINATOR, () -> training.recordAttendance(
                        world.conversationsSession(), new Attendance(Set.of(mentor), null))))
                .andWaitForEventOfType(TrainingCompleted.class)
                .matching(e -> e.enrolmentId() == mentor)
                .toArriveAndVerify(e -> {
                    assertThat(e.programmeId()).isEqualTo(world.programmeId());
                    assertThat(accounts.callAs(TestUsers.COORDINATOR,
                            () -> participants.get(mentor).summary().status())).isEqualTo(EnrolmentStatus.TRAINED);
                });
    }
}
