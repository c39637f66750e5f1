package org.tandem.research;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A line of a project's export log. */
public record ExportLogLine(long id, long projectId, long accountId, String accountName, Instant exportedAt,
        String format, int people, int rows, int suppressed) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** When, for the page: in UTC, as the log keeps it. */
    public String when() {
        return WHEN.format(exportedAt);
    }
}
