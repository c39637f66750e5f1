package org.tandem.activity.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One dated thing in somebody's calendar or a programme's month view, whatever kind of activity it comes from.
 * Times are wall-clock times at the activity's site, in {@code zone}. The {@code uid} stays the same for the life of
 * the activity and {@code sequence} grows with every change, so that an ICS update or cancel replaces the invite.
 *
 * @param path          the page in Tandem where the entry is seen (e.g. {@code /workshops/12})
 * @param participation the owner's relation to it in a personal calendar, {@code null} in a programme's view
 * @param waitingPlace  the place on the waiting list when {@code participation} is {@code WAITING}, else {@code null}
 */
public record CalendarEntry(String uid, long sequence, ActivityKind kind, long programmeId, String title,
        LocalDateTime startsAt, LocalDateTime endsAt, ZoneId zone, String location, String onlineLink,
        boolean cancelled, String path, Participation participation, Integer waitingPlace) {

    public enum Participation { REGISTERED, WAITING, MEMBER, PLANNED, ATTENDED, ABSENT, CANCELLED }

    public String ref() {
        return uid.substring(0, uid.indexOf('@'));
    }
}
