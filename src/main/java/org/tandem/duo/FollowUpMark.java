package org.tandem.duo;

import java.time.LocalDate;

/** What of a follow-up decides whether it keeps a signal off the list: read per cohort without the entities. */
record FollowUpMark(long duoId, HealthSignal signal, String occurrence, LocalDate snoozedUntil) {

    /** Whether this follow-up keeps the signal off the list today. */
    boolean hides(DuoSignal current, LocalDate today) {
        if (current.signal() != signal) {
            return false;
        }
        if (snoozedUntil != null) {
            return today.isBefore(snoozedUntil);
        }
        return occurrence.equals(current.occurrence());
    }
}
