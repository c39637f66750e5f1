package org.tandem.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A kept funder report, without its PDF: its period, language (nl, en, fr), who made it and when. */
public record FunderReportSummary(long id, long programmeId, LocalDate from, LocalDate until, String language,
        String author, Instant createdAt, int size) {
}
