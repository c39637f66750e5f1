package org.tandem.participant;

import java.util.Map;

/**
 * Counts of the intake pipeline for the coordinator's day.
 *
 * @param applied        applications to screen (status APPLIED), per programme
 * @param intakesPlanned intakes planned in the period asked for, per programme
 * @param mentorsReady   mentors ready to match, per cohort
 */
public record ParticipantWorkload(Map<Long, Long> applied, Map<Long, Long> intakesPlanned,
        Map<Long, Long> mentorsReady) {

    public ParticipantWorkload {
        applied = Map.copyOf(applied);
        intakesPlanned = Map.copyOf(intakesPlanned);
        mentorsReady = Map.copyOf(mentorsReady);
    }
}
