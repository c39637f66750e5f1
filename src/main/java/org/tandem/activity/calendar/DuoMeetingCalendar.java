package org.tandem.activity.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.duo.DuoService;
import org.tandem.duo.PlannedIntroduction;

/**
 * Duo meetings in the calendars. A duo's agreement says how often it meets and where/when only in words ("every
 * other Tuesday evening, at the library"), and its log holds meetings that took place; the one meeting Tandem knows
 * the date and time of is the introduction its coordinator plans. So that is what a calendar gets: the introduction
 * of each open duo (an hour), with the mentor and mentee as attendees (reminded the day before). Inventing dates
 * from the agreed frequency would put meetings in calendars that nobody agreed to.
 */
@Component
class DuoMeetingCalendar implements CalendarSource {

    static final String PREFIX = "duo-introduction-";
    static final long MINUTES = 60;

    private final DuoService duos;
    private final MessageSource messages;

    DuoMeetingCalendar(DuoService duos, MessageSource messages) {
        this.duos = duos;
        this.messages = messages;
    }

    @Override
    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        return duos.plannedIntroductions(owner.enrolmentIds(), start(from), start(to.plusDays(1))).stream()
                .map(p -> entry(p, "/me/duos", CalendarEntry.Participation.PLANNED)).toList();
    }

    @Override
    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        return duos.plannedIntroductionsIn(programmeId, start(from), start(to.plusDays(1))).stream()
                .map(p -> entry(p, "/duos/" + p.duoId(), null)).toList();
    }

    @Override
    public boolean owns(CalendarEntry entry) {
        return entry.uid().startsWith(PREFIX);
    }

    @Override
    public List<Invitee> attendees(CalendarEntry entry) {
        long duoId = Long.parseLong(entry.ref().substring(PREFIX.length()));
        return duos.plannedIntroduction(duoId).map(p -> List.of(Invitee.participant(p.mentorEnrolmentId()),
                Invitee.participant(p.menteeEnrolmentId()))).orElse(List.of());
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(Zones.DEFAULT).toInstant();
    }

    private CalendarEntry entry(PlannedIntroduction introduction, String path,
            CalendarEntry.Participation participation) {
        var startsAt = LocalDateTime.ofInstant(introduction.at(), Zones.DEFAULT);
        String title = messages.getMessage("calendar.duo.introduction", null, "Tandem",
                LocaleContextHolder.getLocale());
        return new CalendarEntry(PREFIX + introduction.duoId() + "@tandem", introduction.version(),
                ActivityKind.DUO_MEETING, introduction.programmeId(), title, startsAt, startsAt.plusMinutes(MINUTES),
                Zones.DEFAULT, null, null, false, path, participation, null);
    }
}
