package org.tandem.participant;

/** An enrolment moved along its pipeline (every move, whatever caused it). */
public record EnrolmentStatusChanged(long enrolmentId, long programmeId, long cohortId, ParticipantRole role,
        EnrolmentStatus from, EnrolmentStatus to) {
}
