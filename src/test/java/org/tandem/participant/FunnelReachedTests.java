package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.programme.ProgrammeKind;

/**
 * What an enrolment keeps of when it first reached each funnel step equals what the funnel used to compute from the
 * status history (the earliest change to one of the step's statuses), along every path the statuses allow.
 */
class FunnelReachedTests {

    private static final Eligibility PASSED = new Eligibility(List.of(new Eligibility.Finding("x", true, List.of())));

    @Test
    void everyPathKeepsTheEarliestChangeOfEachStepAsTheHistoryHasIt() {
        var random = new Random(14);
        int walks = 0;
        int returned = 0;
        for (int w = 0; w < 2_000; w++) {
            var role = random.nextBoolean() ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
            Instant now = Instant.parse("2026-01-01T10:00:00Z");
            var enrolment = random.nextInt(5) == 0
                    ? Enrolment.nominate(ParticipantMother.person(), 1, 1, 7, now)
                    : Enrolment.apply(ParticipantMother.person(), 1, 1, role, now);
            var checks = IntakeCheck.forProgramme(ProgrammeKind.INTERGENERATIONAL, enrolment.role());
            while (!enrolment.status().isFinal() && random.nextInt(12) > 0) {
                var options = new ArrayList<>(enrolment.status().next(enrolment.role()));
                if (random.nextInt(10) > 0) {   // most go on rather than leave, so that the long paths are walked
                    options.removeIf(s -> s == EnrolmentStatus.WITHDRAWN || s == EnrolmentStatus.REJECTED);
                }
                var target = options.get(random.nextInt(options.size()));
                now = now.plusSeconds(random.nextInt(3) * 3_600L);   // some changes at the same moment
                if (target == EnrolmentStatus.READY_TO_MATCH && (enrolment.status() == EnrolmentStatus.MATCHED
                        || enrolment.status() == EnrolmentStatus.ACTIVE)) {
                    returned++;
                }
                take(enrolment, target, checks, now);
                assertThat(enrolment.status()).isEqualTo(target);
            }
            for (FunnelStep step : FunnelStep.values()) {
                assertThat(enrolment.reached(step)).as("walk %d, %s, %s", w, step, enrolment.history())
                        .isEqualTo(earliest(enrolment, step));
            }
            // "mentors trained before matching" read the first change to MATCHED itself
            assertThat(enrolment.reached(FunnelStep.MATCHED)).isEqualTo(enrolment.history().stream()
                    .filter(h -> h.status() == EnrolmentStatus.MATCHED).map(StatusChange::changedAt)
                    .min(Instant::compareTo).orElse(null));
            walks++;
        }
        assertThat(walks).isEqualTo(2_000);
        assertThat(returned).as("paths back to the pool were walked").isGreaterThan(50);
    }

    private static Instant earliest(Enrolment enrolment, FunnelStep step) {
        return enrolment.history().stream().filter(h -> step.reachedBy(h.status())).map(StatusChange::changedAt)
                .min(Instant::compareTo).orElse(null);
    }

    private static void take(Enrolment e, EnrolmentStatus target, java.util.Set<IntakeCheck> checks, Instant now) {
        switch (target) {
            case INTAKE_PLANNED -> e.planIntake(LocalDateTime.of(2026, 3, 5, 10, 0), now);
            case INTAKE_DONE -> e.recordIntake("ok", checks, now);
            case ELIGIBLE -> e.declareEligible(PASSED, checks, now);
            case REJECTED -> e.reject("not now", now);
            case TRAINED -> e.markTrained(now);
            case READY_TO_MATCH -> {
                if (e.status() == EnrolmentStatus.MATCHED || e.status() == EnrolmentStatus.ACTIVE) {
                    e.returnToPool("ended early", now);
                } else {
                    e.markReadyToMatch(true, now);
                }
            }
            case MATCHED -> e.matched(now);
            case ACTIVE -> e.activate(now);
            case COMPLETED -> e.complete(now);
            case WITHDRAWN -> e.withdraw("moved away", now);
            default -> throw new IllegalStateException("no way to " + target);
        }
    }
}
