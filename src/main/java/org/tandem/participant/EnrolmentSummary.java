package org.tandem.participant;

import java.time.Instant;

/** One row of a participant list, as coordinators see it. */
public record EnrolmentSummary(long id, long personId, String firstName, String lastName, String email, String city,
        long programmeId, long cohortId, ParticipantRole role, EnrolmentStatus status, Long employerId, Long siteId,
        int capacity, Instant appliedAt, Instant statusChangedAt) {

    static EnrolmentSummary from(Enrolment e) {
        var p = e.person();
        return new EnrolmentSummary(e.id(), p.id(), p.firstName(), p.lastName(), p.email(), p.data().city(),
                e.programmeId(), e.cohortId(), e.role(), e.status(), e.employerId(), e.siteId(), e.capacity(),
                e.appliedAt(), e.statusChangedAt());
    }
}
