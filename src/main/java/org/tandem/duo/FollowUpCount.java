package org.tandem.duo;

/** A cohort's outcome follow-ups that may be recorded now and are not: {@code due}, {@code overdue} of them late. */
public record FollowUpCount(long cohortId, long due, long overdue) {
}
