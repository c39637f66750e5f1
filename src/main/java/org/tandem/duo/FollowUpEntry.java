package org.tandem.duo;

import java.time.LocalDate;

/** A follow-up to record on a signal: without {@code snoozedUntil} it clears the signal's current occurrence. */
public record FollowUpEntry(HealthSignal signal, FollowUpKind kind, String note, LocalDate snoozedUntil) {
}
