package org.tandem.duo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a duo's health is judged on: its state, its dates and its meeting tally. The duo hands it out, and a cohort's
 * open duos are read as these alone (a dozen columns, no entity), since a cohort has thousands of them.
 */
record DuoVitals(long id, long mentorEnrolmentId, long menteeEnrolmentId, long programmeId, DuoState state,
        Instant proposedAt, Instant introductionAt, Instant confirmedAt, Instant activatedAt, LocalDate lastMetOn,
        int meetingsSinceStart) {

    /** The moment both sides should have answered: the window after the introduction (or the proposal). */
    Instant confirmationDue(Duration window) {
        return (introductionAt != null ? introductionAt : proposedAt).plus(window);
    }

    boolean confirmationOverdue(Duration window, Instant now) {
        return state == DuoState.PROPOSED && now.isAfter(confirmationDue(window));
    }
}
