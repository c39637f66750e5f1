package org.tandem.participant;

/** How to reach a duo member: shared with the partner once both said yes. */
public record MemberContact(long enrolmentId, String email, String phone) {
}
