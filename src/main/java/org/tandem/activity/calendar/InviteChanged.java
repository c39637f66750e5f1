package org.tandem.activity.calendar;

/**
 * Published by a kind of activity when somebody's place in it changes, or the activity itself does, so that the
 * calendar part mails them (with an ICS invite, update or cancel carrying the entry's uid and sequence) after the
 * change committed. The kinds never write these mails themselves.
 */
public record InviteChanged(CalendarEntry entry, Invitee invitee, Change change) {

    public enum Change {
        /** Has a place (registered, or added to a group or a planned moment). */
        REGISTERED,
        /** Is on the waiting list, at {@code entry.waitingPlace()}. */
        WAITLISTED,
        /** Moved from the waiting list to a place that came free. */
        PROMOTED,
        /** Their own place was cancelled (by them or a coordinator); the activity goes on. */
        WITHDRAWN,
        /** The activity's time, place or link changed. */
        UPDATED,
        /** The activity is called off. */
        CANCELLED
    }
}
