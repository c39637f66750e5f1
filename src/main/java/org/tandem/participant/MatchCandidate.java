package org.tandem.participant;

import java.time.Instant;

/**
 * What matching may know of an enrolment: its shared profile and the facts scoring needs; no contact details and
 * no sensitive data.
 */
public record MatchCandidate(long enrolmentId, long programmeId, long cohortId, ParticipantRole role,
        String firstName, String lastName, EnrolmentStatus status, Long siteId, Long employerId, int capacity,
        Integer birthYear, Instant appliedAt, Profile profile) {

    static MatchCandidate from(Enrolment e) {
        return new MatchCandidate(e.id(), e.programmeId(), e.cohortId(), e.role(), e.person().firstName(),
                e.person().lastName(), e.status(), e.siteId(), e.employerId(), e.capacity(), e.person().birthYear(),
                e.appliedAt(), e.profile());
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
