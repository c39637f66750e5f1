package org.tandem.employer;

/** An employee the employer releases as a mentor in a cohort. */
public record Nomination(long cohortId, String firstName, String lastName, String email, Integer birthYear) {
}
