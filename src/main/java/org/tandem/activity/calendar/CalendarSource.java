package org.tandem.activity.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by every kind of activity (training sessions, intervision sessions, workshops, contact moments), so
 * that the personal feed, "my activities", the month view and the reminders need to know none of them.
 * Both methods return the entries that start on a day in [{@code from}, {@code to}] (inclusive), in any order.
 * The calendar part checks who may see what: {@code forProgramme} and {@code attendees} are also called by the
 * reminder job with nobody signed in, and {@code forOwner} for a feed runs as the feed's owner, so a source must not
 * need a coordinator's rights for them.
 */
public interface CalendarSource {

    /** What the owner takes part in: registered, on the waiting list, member of a group, planned with them. */
    List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to);

    /** Everything a programme holds, for its coordinators' month view ({@code participation} is {@code null}). */
    List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to);

    /** Whether this source made the entry (its uid, e.g. {@code workshop-12@tandem}, names the kind). */
    boolean owns(CalendarEntry entry);

    /** Who is expected at an entry of this source (a place, a group, a planned moment; not the waiting list). */
    List<Invitee> attendees(CalendarEntry entry);
}
