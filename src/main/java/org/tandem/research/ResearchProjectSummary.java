package org.tandem.research;

/** A line of the research projects list. */
public record ResearchProjectSummary(long id, long programmeId, String programmeName, String name,
        int members, boolean mayExport) {
}
