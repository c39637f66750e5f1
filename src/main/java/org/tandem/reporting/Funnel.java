package org.tandem.reporting;

import java.util.List;

/**
 * A programme's funnel for the scope asked, per role: mentors applied, eligible, trained, matched, active,
 * completed; mentees applied, eligible, matched, active, completed, and with a positive outcome at the 3- and the
 * 12-month follow-up. A person counts at every step they reached, whatever became of them since.
 */
public record Funnel(long programmeId, ReportScope scope, List<FunnelStep> mentors, List<FunnelStep> mentees) {

    public Funnel {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }
}
