package org.tandem.activity.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** "My activities" for anybody signed in, and a programme's month for its coordinators (anyone else: 404). */
@Service
@Transactional(readOnly = true)
public class CalendarViews {

    /** One entry as pages and the API show it. */
    public record Item(String uid, ActivityKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            String zone, String where, String path, Participation participation, Integer waitingPlace,
            boolean cancelled) {

        static Item from(CalendarEntry e) {
            return new Item(e.uid(), e.kind(), e.title(), e.startsAt(), e.endsAt(), e.zone().getId(),
                    IcsWriter.where(e), e.path(), e.participation(), e.waitingPlace(), e.cancelled());
        }
    }

    /**
     * What is coming (with a place: registered, member, planned), where the user waits for a place, and what is
     * past (three months back) with whether they were there.
     */
    public record MyActivities(List<Item> upcoming, List<Item> waiting, List<Item> past) {
    }

    public record Day(LocalDate date, boolean inMonth, List<Item> items) {
    }

    /** A month as weeks from Monday to Sunday, and its entries as one list (the phone shows the list). */
    public record Month(long programmeId, String programmeName, YearMonth month, List<List<Day>> weeks,
            List<Item> items) {

        public YearMonth previous() {
            return month.minusMonths(1);
        }

        public YearMonth next() {
            return month.plusMonths(1);
        }
    }

    private final Calendars calendars;
    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    CalendarViews(Calendars calendars, AccountService accounts, ProgrammeCatalogue catalogue, Clock clock) {
        this.calendars = calendars;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public MyActivities mine() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        var entries = calendars.forOwner(calendars.currentOwner(), today.minusMonths(FeedService.MONTHS_BACK),
                today.plusMonths(FeedService.MONTHS_AHEAD));
        var upcoming = new ArrayList<Item>();
        var waiting = new ArrayList<Item>();
        var past = new ArrayList<Item>();
        for (var entry : entries) {
            if (entry.endsAt().isBefore(now)) {
                past.add(0, Item.from(entry));
            } else if (entry.participation() == Participation.WAITING) {
                waiting.add(Item.from(entry));
            } else {
                upcoming.add(Item.from(entry));
            }
        }
        return new MyActivities(upcoming, waiting, past);
    }

    /** Reads "2026-12"; none means this month; anything else is refused at the field. */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            var month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new FieldException("month", "calendar.month.invalid");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new FieldException("month", "calendar.month.invalid");
        }
    }

    public Month month(long programmeId, YearMonth month) {
        var programme = catalogue.rules(programmeId)
                .filter(p -> accounts.requireCurrent().mayManageProgramme(programmeId))
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        var items = calendars.forProgramme(programmeId, first, last).stream().map(Item::from).toList();
        var weeks = new ArrayList<List<Day>>();
        LocalDate day = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!day.isAfter(last)) {
            var week = new ArrayList<Day>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate date = day;
                week.add(new Day(date, YearMonth.from(date).equals(month),
                        items.stream().filter(it -> it.startsAt().toLocalDate().equals(date)).toList()));
            }
            weeks.add(week);
        }
        return new Month(programmeId, programme.name(), month, weeks, items);
    }
}
