package org.tandem.participant;

/** An employer nominates one of its employees as a mentor in a cohort; the name is the employer's, for the mail. */
public record MentorNomination(long employerId, String employerName, long cohortId, String firstName,
        String lastName, String email, Integer birthYear) {
}
