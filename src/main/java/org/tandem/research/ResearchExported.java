package org.tandem.research;

/** A researcher took a pseudonymised export of a programme's data (the sensitive file when {@code sensitive}). */
public record ResearchExported(long accountId, long projectId, long programmeId, ExportFormat format,
        boolean sensitive, int people, int rows) {
}
