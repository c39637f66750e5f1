package org.tandem.activity.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.activity.calendar.ActivityKind;
import org.tandem.activity.calendar.CalendarEntry;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.CalendarSource;
import org.tandem.activity.calendar.Invitee;
import org.tandem.activity.calendar.Zones;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.SiteView;

/**
 * Workshops in the calendars: for their owner, those they have a place at (attended or absent once over) or wait for
 * (with their place); for a programme, all of them; those expected are the ones with a place.
 */
@Component
class WorkshopCalendar implements CalendarSource {

    static final String PREFIX = "workshop-";

    private final WorkshopRepository workshops;
    private final RegistrationRepository registrations;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    WorkshopCalendar(WorkshopRepository workshops, RegistrationRepository registrations, ProgrammeCatalogue catalogue,
            Clock clock) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        Set<Long> enrolments = owner.enrolmentIds().isEmpty() ? Set.of(-1L) : owner.enrolmentIds();
        LocalDateTime now = LocalDateTime.now(clock);
        var zones = new java.util.HashMap<Long, Map<Long, ZoneId>>();
        return registrations.findOwn(enrolments, owner.accountId(), from.atStartOfDay(),
                to.plusDays(1).atStartOfDay()).stream().map(r -> {
                    var w = r.workshop();
                    Participation participation = r.status() == RegistrationStatus.WAITING ? Participation.WAITING
                            : w.over(now) && !w.cancelled() ? (r.attended() ? Participation.ATTENDED
                                    : Participation.ABSENT) : Participation.REGISTERED;
                    return entry(w, participation, w.waitingPlace(r),
                            zones.computeIfAbsent(w.programmeId(), this::zones));
                }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        var zones = zones(programmeId);
        return workshops.findStarting(programmeId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                .map(w -> entry(w, null, null, zones)).toList();
    }

    @Override
    public boolean owns(CalendarEntry entry) {
        return entry.uid().startsWith(PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitee> attendees(CalendarEntry entry) {
        if (!owns(entry)) {
            return List.of();
        }
        long id = Long.parseLong(entry.ref().substring(PREFIX.length()));
        return workshops.findById(id).filter(w -> !w.cancelled()).map(w -> w.registrations().stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED).map(Registration::invitee).toList())
                .orElse(List.of());
    }

    /** The workshop as a calendar entry, at its site's zone; its sequence is the workshop's version. */
    CalendarEntry entry(Workshop w, Participation participation, Integer waitingPlace) {
        return entry(w, participation, waitingPlace, zones(w.programmeId()));
    }

    private static CalendarEntry entry(Workshop w, Participation participation, Integer waitingPlace,
            Map<Long, ZoneId> zones) {
        ZoneId zone = w.siteId() == null ? Zones.DEFAULT : zones.getOrDefault(w.siteId(), Zones.DEFAULT);
        return new CalendarEntry(PREFIX + w.id() + "@tandem", w.version(), ActivityKind.WORKSHOP, w.programmeId(),
                w.title(), w.startsAt(), w.endsAt(), zone, w.place(), w.onlineLink(), w.cancelled(),
                "/workshops/" + w.id(), participation,
                participation == Participation.WAITING ? waitingPlace : null);
    }

    private Map<Long, ZoneId> zones(long programmeId) {
        var seen = new HashSet<Long>();
        return catalogue.sites(programmeId).stream().filter(s -> seen.add(s.id()))
                .collect(Collectors.toMap(SiteView::id, s -> Zones.of(s.country())));
    }
}
