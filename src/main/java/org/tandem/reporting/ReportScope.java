package org.tandem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tandem.shared.FieldException;

/**
 * What part of a programme a report or dashboard looks at: optionally one cohort, one site, and the people who
 * applied from {@code from} up to and including {@code until} (either end may be open). Sites narrow by the
 * participant's site; for duos, by the mentee's.
 */
public record ReportScope(Long cohortId, Long siteId, LocalDate from, LocalDate until) {

    public ReportScope {
        if (from != null && until != null && until.isBefore(from)) {
            throw new FieldException("until", "report.scope.period.order");
        }
    }

    public static ReportScope whole() {
        return new ReportScope(null, null, null, null);
    }

    Instant fromInstant(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    Instant untilInstant(ZoneId zone) {
        return until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
