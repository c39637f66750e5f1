package org.tandem.duo;

/** Mentees who completed with a positive outcome recorded at the 3- and at the 12-month follow-up. */
public record MenteeOutcomeCounts(long months3, long months12) {
}
