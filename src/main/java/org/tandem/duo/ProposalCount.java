package org.tandem.duo;

/** A cohort's proposals that wait for an answer from a mentor or mentee; {@code overdue} of them past the window. */
public record ProposalCount(long cohortId, long waiting, long overdue) {
}
