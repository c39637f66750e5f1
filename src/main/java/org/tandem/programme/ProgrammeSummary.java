package org.tandem.programme;

public record ProgrammeSummary(long id, String name, ProgrammeKind kind, ProgrammeStatus status, int siteCount,
        long cohortCount) {
}
