package org.tandem.participant;

/**
 * Somebody left a cohort for good (withdrawn by a coordinator, by their own withdrawal of consent, or, later, by
 * erasure). Whoever holds something for this enrolment lets go of it: the duo module ends their open duo.
 *
 * @param by who withdrew them (an e-mail address), for the record of whoever reacts
 */
public record EnrolmentWithdrawn(long enrolmentId, long programmeId, long cohortId, ParticipantRole role,
        String reason, String by) {
}
