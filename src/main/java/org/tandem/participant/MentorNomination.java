package org.tandem.participant;

/** An employer nominates one of its employees as a mentor in a cohort. */
public record MentorNomination(long employerId, long cohortId, String firstName, String lastName, String email,
        Integer birthYear) {
}
