package org.tandem.evaluation;

import java.time.LocalDate;

/**
 * A wave as coordinators see it, with its counts: invited, answered (submitted) and started (saved, not submitted).
 * {@code pairable}: false for an anonymous wave, whose answers cannot be paired before/after.
 */
public record WaveView(long id, long programmeId, long cohortId, String cohortName, long questionnaireId,
        String questionnaireName, int questionnaireNumber, String name, WaveRole role, WaveKind kind,
        WavePurpose purpose, boolean anonymous, boolean pairable, LocalDate opensOn, LocalDate closesOn,
        WaveAnchor anchor, Integer offsetDays, Integer openDays, WaveStatus status, long invited, long answered,
        long started, long version) {

    /** Answered of invited, in whole percent (0 when nobody was invited). */
    public int rate() {
        return invited == 0 ? 0 : (int) Math.round(100.0 * answered / invited);
    }
}
