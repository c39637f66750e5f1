package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.duo.MenteeOutcomeCounts;
import org.tandem.participant.EnrolmentReach;
import org.tandem.participant.ParticipantRole;

class FunnelStepTests {

    @Test
    void theShareLostIsAPercentageOfThePreviousStepRoundedToATenth() {
        Map<FunnelStepKind, Long> counts = new EnumMap<>(FunnelStepKind.class);
        counts.put(FunnelStepKind.APPLIED, 3L);
        counts.put(FunnelStepKind.ELIGIBLE, 2L);
        counts.put(FunnelStepKind.MATCHED, 0L);
        counts.put(FunnelStepKind.ACTIVE, 0L);

        assertThat(FunnelStep.of(counts)).containsExactly(
                new FunnelStep(FunnelStepKind.APPLIED, 3, null),
                new FunnelStep(FunnelStepKind.ELIGIBLE, 2, 33.3),
                new FunnelStep(FunnelStepKind.MATCHED, 0, 100.0),
                new FunnelStep(FunnelStepKind.ACTIVE, 0, null));
    }

    @Test
    void aStepWithMoreThanThePreviousLostNobody() {
        Map<FunnelStepKind, Long> counts = new EnumMap<>(FunnelStepKind.class);
        counts.put(FunnelStepKind.COMPLETED, 2L);
        counts.put(FunnelStepKind.POSITIVE_AT_3_MONTHS, 3L);

        assertThat(FunnelStep.of(counts)).extracting(FunnelStep::lostShare).containsExactly(null, 0.0);
    }

    @Test
    void mentorsHaveNoOutcomeStepsAndMenteesNoTraining() {
        var mentors = ProgrammeFunnel.counts(new EnrolmentReach(ParticipantRole.MENTOR, 5, 4, 3, 2, 1, 1),
                new MenteeOutcomeCounts(9, 9));
        var mentees = ProgrammeFunnel.counts(new EnrolmentReach(ParticipantRole.MENTEE, 5, 4, 0, 2, 1, 1),
                new MenteeOutcomeCounts(1, 0));

        assertThat(mentors.keySet()).containsExactly(FunnelStepKind.APPLIED, FunnelStepKind.ELIGIBLE,
                FunnelStepKind.TRAINED, FunnelStepKind.MATCHED, FunnelStepKind.ACTIVE, FunnelStepKind.COMPLETED);
        assertThat(mentees.keySet()).doesNotContain(FunnelStepKind.TRAINED)
                .contains(FunnelStepKind.POSITIVE_AT_3_MONTHS, FunnelStepKind.POSITIVE_AT_12_MONTHS);
        assertThat(mentees.get(FunnelStepKind.POSITIVE_AT_3_MONTHS)).isEqualTo(1);
    }
}
