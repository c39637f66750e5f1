package org.tandem.activity.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;

/**
 * A kind of activity for the calendar's own tests, until the real kinds are merged: entries put in by hand, per
 * owner account and per programme, with their attendees. Uids are {@code test-<n>@tandem}.
 */
@TestComponent
public class TestCalendarSource implements CalendarSource {

    record Held(CalendarEntry entry, Long ownerAccountId, List<Invitee> attendees) {
    }

    private final List<Held> entries = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();

    public void clear() {
        entries.clear();
    }

    public static CalendarEntry entry(long id, long programmeId, String title, LocalDateTime start,
            CalendarEntry.Participation participation) {
        return new CalendarEntry("test-" + id + "@tandem", 1, ActivityKind.WORKSHOP, programmeId, title, start,
                start.plusHours(2), Zones.DEFAULT, "Zaal 1", null, false, "/me/activities", participation,
                participation == CalendarEntry.Participation.WAITING ? 2 : null);
    }

    public void add(CalendarEntry entry, Long ownerAccountId, Invitee... attendees) {
        entries.add(new Held(entry, ownerAccountId, List.of(attendees)));
    }

    @Override
    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        var found = new ArrayList<CalendarEntry>();
        for (var held : entries) {
            if (held.ownerAccountId() != null && held.ownerAccountId() == owner.accountId() && in(held.entry(), from, to)) {
                found.add(held.entry());
            }
        }
        return found;
    }

    @Override
    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        return entries.stream().map(Held::entry).filter(e -> e.programmeId() == programmeId && in(e, from, to))
                .map(e -> new CalendarEntry(e.uid(), e.sequence(), e.kind(), e.programmeId(), e.title(), e.startsAt(),
                        e.endsAt(), e.zone(), e.location(), e.onlineLink(), e.cancelled(), e.path(), null, null))
                .distinct().toList();
    }

    @Override
    public boolean owns(CalendarEntry entry) {
        return entry.uid().startsWith("test-");
    }

    @Override
    public List<Invitee> attendees(CalendarEntry entry) {
        return entries.stream().filter(h -> h.entry().uid().equals(entry.uid())).flatMap(h -> h.attendees().stream())
                .distinct().toList();
    }

    private static boolean in(CalendarEntry entry, LocalDate from, LocalDate to) {
        var day = entry.startsAt().toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
