package org.tandem.duo;

import java.time.LocalDate;

/**
 * One signal of one duo now. {@code occurrence} tells this occurrence apart from a later one (a follow-up clears
 * only this one); {@code value} is what the text shows (days without a meeting, days since confirmation, hours
 * overdue, meetings held, days left); {@code expected} the meetings expected (below frequency only); {@code past}
 * how far past its threshold, for the order of the at-risk list; {@code since} the date it counts from or to.
 */
public record DuoSignal(HealthSignal signal, String occurrence, long value, Long expected, long past,
        LocalDate since) {
}
