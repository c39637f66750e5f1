package org.tandem.activity.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.participant.MyParticipation;

/**
 * All kinds of activity as one calendar: every {@link CalendarSource} asked, the entries merged by uid and sorted by
 * start. The feed, "my activities", the month view and the reminders read through here.
 */
@Service
@Transactional(readOnly = true)
public class Calendars {

    static final Comparator<CalendarEntry> BY_START = Comparator.comparing(CalendarEntry::startsAt)
            .thenComparing(CalendarEntry::uid);

    private final List<CalendarSource> sources;
    private final AccountService accounts;
    private final MyParticipation participation;
    private final Clock clock;

    Calendars(List<CalendarSource> sources, AccountService accounts, MyParticipation participation, Clock clock) {
        this.sources = List.copyOf(sources);
        this.accounts = accounts;
        this.participation = participation;
        this.clock = clock;
    }

    /** The signed-in user as a calendar owner, with the enrolments they take part in. */
    public CalendarOwner currentOwner() {
        CurrentUser user = accounts.requireCurrent();
        return new CalendarOwner(user.id(), user.email(), participation.enrolmentIds());
    }

    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        var entries = new ArrayList<CalendarEntry>();
        for (var source : sources) {
            entries.addAll(source.forOwner(owner, from, to));
        }
        return merged(entries);
    }

    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        var entries = new ArrayList<CalendarEntry>();
        for (var source : sources) {
            entries.addAll(source.forProgramme(programmeId, from, to));
        }
        return merged(entries);
    }

    /** Who is expected at the entry, as its own source says. */
    public List<Invitee> attendees(CalendarEntry entry) {
        return sources.stream().filter(s -> s.owns(entry)).findFirst().map(s -> s.attendees(entry))
                .orElse(List.of());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One entry per uid (a source that lists an entry twice, e.g. as member and as attendee, counts once). */
    private static List<CalendarEntry> merged(List<CalendarEntry> entries) {
        var byUid = new LinkedHashMap<String, CalendarEntry>();
        entries.stream().sorted(BY_START).forEach(e -> byUid.putIfAbsent(e.uid(), e));
        return List.copyOf(byUid.values());
    }
}
