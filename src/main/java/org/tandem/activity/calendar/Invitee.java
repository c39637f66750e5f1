package org.tandem.activity.calendar;

/**
 * Somebody an activity is for: a participant through their enrolment, or a user account that is not a participant
 * (an employer contact, a facilitator). Exactly one of the two is set.
 */
public record Invitee(Long enrolmentId, Long accountId) {

    public Invitee {
        if ((enrolmentId == null) == (accountId == null)) {
            throw new IllegalArgumentException("an invitee is an enrolment or an account");
        }
    }

    public static Invitee participant(long enrolmentId) {
        return new Invitee(enrolmentId, null);
    }

    public static Invitee account(long accountId) {
        return new Invitee(null, accountId);
    }
}
