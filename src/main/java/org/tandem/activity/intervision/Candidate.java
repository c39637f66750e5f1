package org.tandem.activity.intervision;

/** A mentor of the programme a coordinator may add to a group, with the group they are in already, if any. */
public record Candidate(long enrolmentId, String firstName, String lastName, long cohortId, String otherGroup) {
}
