package org.tandem.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.Metric;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** Training through the services: attendance and e-learning make a mentor trained, once, and only whom it may. */
@IntegrationTest
class TrainingServiceTests {

    @Autowired
    TrainingFixture fixture;

    @Autowired
    TrainingService training;

    @Autowired
    ParticipantQueries participants;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AccountService accounts;

    @Autowired
    TrainingMetrics metrics;

    @Autowired
    TestUsers users;

    TrainingFixture.World world;

    @BeforeEach
    void world() {
        users.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
    }

    @Test
    void attendingTheRequiredSessionsAndTheElearningMakesAnEligibleMentorTrained() {
        long mentor = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        long other = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        asCoordinator(() -> {
            training.recordAttendance(world.basicsSession(), new Attendance(Set.of(mentor, other), null));
            training.recordAttendance(world.conversationsSession(), new Attendance(Set.of(mentor), null));
            training.recordAttendance(world.optionalSession(), new Attendance(Set.of(other), null));
        });
        assertThat(status(mentor)).isEqualTo(EnrolmentStatus.ELIGIBLE);

        var progress = asCoordinator(() -> training.completeElearning(world.online(), mentor));
        assertThat(progress.trained()).isTrue();
        assertThat(progress.requiredDone()).isEqualTo(3);
        assertThat(status(mentor)).isEqualTo(EnrolmentStatus.TRAINED);
        assertThat(status(other)).isEqualTo(EnrolmentStatus.ELIGIBLE);

        var list = asCoordinator(() -> training.mentors(world.programmeId()));
        assertThat(list).filteredOn(m -> m.enrolmentId() == other).singleElement()
                .satisfies(m -> {
                    assertThat(m.requiredDone()).isEqualTo(1);
                    assertThat(m.completedModules()).containsExactlyInAnyOrder(world.basics(), world.optional());
                    assertThat(m.trained()).isFalse();
                });
        assertThatThrownBy(() -> asCoordinator(() -> training.completeElearning(world.online(), mentor)))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("training.completion.duplicate"));
    }

    @Test
    void aMentorTrainedBeforeTheirIntakeEndsBecomesTrainedOnceEligible_anotherStatusIsLeftAlone() {
        long early = participantsAfterIntake();
        long ready = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        asCoordinator(() -> {
            enrolments.markTrained(ready);
            enrolments.markReadyToMatch(ready);
            training.recordAttendance(world.basicsSession(), new Attendance(Set.of(early, ready), null));
            training.recordAttendance(world.conversationsSession(), new Attendance(Set.of(early, ready), null));
            training.completeElearning(world.online(), early);
            training.completeElearning(world.online(), ready);
        });
        assertThat(status(early)).isEqualTo(EnrolmentStatus.INTAKE_DONE);
        assertThat(status(ready)).isEqualTo(EnrolmentStatus.READY_TO_MATCH);

        asCoordinator(() -> enrolments.declareEligible(early));
        assertThat(status(early)).isEqualTo(EnrolmentStatus.TRAINED);
    }

    @Test
    void onlyMentorsOfTheProgrammeAreTicked_andAModuleInUseStays() {
        var elsewhere = fixture.world(TestUsers.COORDINATOR);
        long stranger = fixture.eligibleMentor(TestUsers.COORDINATOR, elsewhere);
        assertThatThrownBy(() -> asCoordinator(() -> training.recordAttendance(world.basicsSession(),
                new Attendance(Set.of(stranger), null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("present"));
        assertThatThrownBy(() -> asCoordinator(() -> training.planSession(world.programmeId(), world.online(),
                TrainingFixture.session(java.time.LocalDateTime.now().plusDays(3)))))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("training.session.elearning"));

        var path = asCoordinator(() -> training.path(world.programmeId()));
        var withoutBasics = new PathDefinition(null, path.modules().stream().skip(1)
                .map(m -> new PathDefinition.ModuleLine(m.id(), m.name(), m.required(), m.kind())).toList(),
                path.version());
        assertThatThrownBy(() -> asCoordinator(() -> training.definePath(world.programmeId(), withoutBasics)))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("training.module.inUse"));
        var renamed = new PathDefinition(2, path.modules().stream()
                .map(m -> new PathDefinition.ModuleLine(m.id(), m.name() + "!", m.required(), m.kind())).toList(),
                path.version());
        var changed = asCoordinator(() -> training.definePath(world.programmeId(), renamed));
        assertThat(changed.threshold()).isEqualTo(2);
        assertThat(changed.modules()).extracting(TrainingPathView.ModuleView::name).first().isEqualTo("Basics!");
    }

    @Test
    void anotherCoordinatorFindsNothing() {
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> training.path(world.programmeId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> training.session(world.basicsSession()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> training.completeElearning(world.online(), 1L))).isInstanceOf(NotFoundException.class);
        assertThat(accounts.callAs(TestUsers.ADMIN, () -> training.sessions(world.programmeId()))).hasSize(3);
    }

    @Test
    void theMetricsCountMentorsTrained_andTheShareTrainedBeforeMatching() {
        long mentor = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        assertThat(metrics.measure(world.programmeId(), Metric.MENTORS_TRAINED)).hasValue(0);
        assertThat(metrics.measure(world.programmeId(), Metric.MENTORS_TRAINED_BEFORE_MATCHING)).isEmpty();
        asCoordinator(() -> {
            for (long session : List.of(world.basicsSession(), world.conversationsSession())) {
                training.recordAttendance(session, new Attendance(Set.of(mentor), null));
            }
            training.completeElearning(world.online(), mentor);
        });
        assertThat(metrics.measure(world.programmeId(), Metric.MENTORS_TRAINED)).hasValue(1);
    }

    private long participantsAfterIntake() {
        return fixture.mentorAfterIntake(TestUsers.COORDINATOR, world);
    }

    private EnrolmentStatus status(long enrolmentId) {
        return asCoordinator(() -> participants.get(enrolmentId).summary().status());
    }

    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return accounts.callAs(TestUsers.COORDINATOR, work);
    }

    private void asCoordinator(Runnable work) {
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            work.run();
            return null;
        });
    }
}
