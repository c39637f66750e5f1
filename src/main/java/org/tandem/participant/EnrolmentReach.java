package org.tandem.participant;

/**
 * How far the enrolments of one role got in the pipeline: how many reached each step at some time (whatever became
 * of them since), as their dated status history says. A mentee is never trained: for mentees that count is 0.
 */
public record EnrolmentReach(ParticipantRole role, long applied, long eligible, long trained, long matched,
        long active, long completed) {

    static EnrolmentReach none(ParticipantRole role) {
        return new EnrolmentReach(role, 0, 0, 0, 0, 0, 0);
    }
}
