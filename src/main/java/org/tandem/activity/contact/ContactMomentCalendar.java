package org.tandem.activity.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.activity.calendar.CalendarEntry;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.CalendarSource;
import org.tandem.activity.calendar.Invitee;
import org.tandem.employer.EmployerDirectory;

/**
 * Contact moments in the calendars: a mentor's own, an employer contact's employees' (the employer found through the
 * account), a programme's for its coordinators. Only moments that were planned have a time; one recorded as held
 * without being planned is not a calendar entry.
 */
@Component
class ContactMomentCalendar implements CalendarSource {

    private final ContactMomentRepository moments;
    private final ContactCalendarEntries entries;
    private final EmployerDirectory employers;

    ContactMomentCalendar(ContactMomentRepository moments, ContactCalendarEntries entries,
            EmployerDirectory employers) {
        this.moments = moments;
        this.entries = entries;
        this.employers = employers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        var found = new java.util.LinkedHashMap<Long, ContactMoment>();
        if (!owner.enrolmentIds().isEmpty()) {
            moments.ofMentorsStartingBetween(owner.enrolmentIds(), from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                    .forEach(m -> found.put(m.id(), m));
        }
        employers.ofContactAccount(owner.accountId()).ifPresent(employer -> moments
                .ofEmployerStartingBetween(employer.id(), from.atStartOfDay(), to.plusDays(1).atStartOfDay())
                .forEach(m -> found.put(m.id(), m)));
        var names = entries.names(found.values());
        var list = new ArrayList<CalendarEntry>();
        found.values().forEach(m -> list.add(names.entry(m, ContactCalendarEntries.participation(m))));
        return list;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        var list = moments.startingBetween(programmeId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        var names = entries.names(list);
        return list.stream().map(m -> names.entry(m, null)).toList();
    }

    @Override
    public boolean owns(CalendarEntry entry) {
        return entry.uid().startsWith(ContactCalendarEntries.UID_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitee> attendees(CalendarEntry entry) {
        if (!owns(entry)) {
            return List.of();
        }
        long id;
        try {
            id = Long.parseLong(entry.ref().substring(ContactCalendarEntries.UID_PREFIX.length()));
        } catch (NumberFormatException e) {
            return List.of();
        }
        return moments.findById(id).filter(m -> m.state() != MomentState.CANCELLED).map(m -> {
            var list = new ArrayList<Invitee>();
            list.add(Invitee.participant(m.mentorEnrolmentId()));
            if (m.contactAccountId() != null) {
                list.add(Invitee.account(m.contactAccountId()));
            }
            return List.copyOf(list);
        }).orElse(List.of());
    }
}
