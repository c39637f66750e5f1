package org.tandem.activity.intervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.activity.calendar.CalendarEntry;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.CalendarSource;
import org.tandem.activity.calendar.Invitee;

/**
 * Intervision sessions in calendars: a member's group sessions (attended or absent once recorded), the sessions of
 * the groups the owner facilitates (found through the account's e-mail address), a programme's sessions for its
 * month view. Those expected at a session are the group's members.
 */
@Component
class IntervisionCalendar implements CalendarSource {

    private final IntervisionGroupRepository groups;
    private final IntervisionSessionRepository sessions;
    private final IntervisionService service;

    IntervisionCalendar(IntervisionGroupRepository groups, IntervisionSessionRepository sessions,
            IntervisionService service) {
        this.groups = groups;
        this.sessions = sessions;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        Map<Long, IntervisionGroup> memberOf = owner.enrolmentIds().isEmpty() ? Map.of()
                : byId(groups.findByMembers(owner.enrolmentIds()));
        Map<Long, IntervisionGroup> facilitates = owner.email() == null ? Map.of()
                : byId(groups.findByFacilitatorEmail(IntervisionGroup.normalise(owner.email())));
        var all = new HashMap<>(memberOf);
        all.putAll(facilitates);
        if (all.isEmpty()) {
            return List.of();
        }
        var entries = new ArrayList<CalendarEntry>();
        for (var session : sessions.inGroupsBetween(all.keySet(), start(from), end(to))) {
            var group = all.get(session.groupId());
            if (memberOf.containsKey(group.id())) {
                entries.add(IntervisionEntries.entry(session, group, service.zone(group),
                        participation(session, owner), IntervisionService.MEMBER_PATH));
            } else {
                entries.add(IntervisionEntries.entry(session, group, service.zone(group),
                        session.cancelled() ? Participation.CANCELLED : Participation.PLANNED,
                        "/intervision/sessions/" + session.id()));
            }
        }
        return entries;
    }

    private static Participation participation(IntervisionSession session, CalendarOwner owner) {
        if (session.cancelled()) {
            return Participation.CANCELLED;
        }
        var attendance = session.attendance();
        for (long enrolment : owner.enrolmentIds()) {
            Boolean present = attendance.get(enrolment);
            if (present != null) {
                return present ? Participation.ATTENDED : Participation.ABSENT;
            }
        }
        return Participation.MEMBER;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        var list = sessions.inProgrammeBetween(programmeId, start(from), end(to));
        if (list.isEmpty()) {
            return List.of();
        }
        var byGroup = byId(groups.findAllById(list.stream().map(IntervisionSession::groupId).distinct().toList()));
        return list.stream().map(s -> {
            var group = byGroup.get(s.groupId());
            return IntervisionEntries.entry(s, group, service.zone(group), null, "/intervision/sessions/" + s.id());
        }).toList();
    }

    @Override
    public boolean owns(CalendarEntry entry) {
        return IntervisionEntries.sessionId(entry) != null;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitee> attendees(CalendarEntry entry) {
        Long id = IntervisionEntries.sessionId(entry);
        if (id == null) {
            return List.of();
        }
        return sessions.findById(id).filter(s -> !s.cancelled()).flatMap(s -> groups.findById(s.groupId()))
                .map(g -> g.memberIds().stream().sorted().map(Invitee::participant).toList()).orElse(List.of());
    }

    private static Map<Long, IntervisionGroup> byId(List<IntervisionGroup> list) {
        return list.stream().collect(Collectors.toMap(IntervisionGroup::id, Function.identity()));
    }

    private static LocalDateTime start(LocalDate from) {
        return from.atStartOfDay();
    }

    private static LocalDateTime end(LocalDate to) {
        return to.plusDays(1).atStartOfDay();
    }
}
