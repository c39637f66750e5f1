package org.tandem.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.SiteView;

/**
 * Training sessions in the calendars. Nobody registers for a training session, so a mentor's calendar shows what is
 * theirs to go to and what they went to: the coming sessions of required modules they have not done yet (as long as
 * the path does not count them trained; PLANNED), and every session they were present at (ATTENDED). Mentees and
 * withdrawn or rejected mentors see none. A programme's view shows all its sessions. No reminders: a session has no
 * list of who is expected ({@link #attendees} is empty), and mailing every untrained mentor about every session of a
 * module would be noise.
 */
@Component
class TrainingCalendar implements CalendarSource {

    static final String PREFIX = "training-session-";

    private final TrainingSessionRepository sessions;
    private final TrainingPathRepository paths;
    private final TrainingCompletionRepository completions;
    private final ParticipantQueries participants;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    TrainingCalendar(TrainingSessionRepository sessions, TrainingPathRepository paths,
            TrainingCompletionRepository completions, ParticipantQueries participants, ProgrammeCatalogue catalogue,
            Clock clock) {
        this.sessions = sessions;
        this.paths = paths;
        this.completions = completions;
        this.participants = participants;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forOwner(CalendarOwner owner, LocalDate from, LocalDate to) {
        if (owner.enrolmentIds().isEmpty()) {
            return List.of();
        }
        var entries = new ArrayList<CalendarEntry>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (MatchCandidate mentor : participants.duoMembers(owner.enrolmentIds())) {
            if (mentor.role() != ParticipantRole.MENTOR || mentor.status().isFinal()
                    && mentor.status() != org.tandem.participant.EnrolmentStatus.COMPLETED) {
                continue;
            }
            var path = paths.findById(mentor.programmeId()).orElse(null);
            if (path == null) {
                continue;
            }
            Set<Long> done = new HashSet<>(sessions.modulesAttended(mentor.enrolmentId()));
            done.addAll(completions.modulesCompleted(mentor.enrolmentId()));
            boolean trained = path.trained(done);
            Set<Long> stillNeeded = path.modules().stream()
                    .filter(m -> m.required() && !done.contains(m.id())).map(TrainingModule::id)
                    .collect(Collectors.toSet());
            var names = names(path);
            var sites = sites(mentor.programmeId());
            for (var session : between(mentor.programmeId(), from, to)) {
                Participation participation = null;
                if (session.present().contains(mentor.enrolmentId())) {
                    participation = Participation.ATTENDED;
                } else if (!trained && session.startsAt().isAfter(now) && stillNeeded.contains(session.moduleId())) {
                    participation = Participation.PLANNED;
                }
                if (participation != null) {
                    entries.add(entry(session, names, sites, "/me/activities", participation));
                }
            }
        }
        return entries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> forProgramme(long programmeId, LocalDate from, LocalDate to) {
        var path = paths.findById(programmeId).orElse(null);
        if (path == null) {
            return List.of();
        }
        var names = names(path);
        var sites = sites(programmeId);
        return between(programmeId, from, to).stream()
                .map(s -> entry(s, names, sites, "/training/sessions/" + s.id(), null)).toList();
    }

    @Override
    public boolean owns(CalendarEntry entry) {
        return entry.uid().startsWith(PREFIX);
    }

    @Override
    public List<Invitee> attendees(CalendarEntry entry) {
        return List.of();
    }

    private List<TrainingSession> between(long programmeId, LocalDate from, LocalDate to) {
        return sessions.startingBetween(programmeId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    private static Map<Long, String> names(TrainingPath path) {
        return path.modules().stream().collect(Collectors.toMap(TrainingModule::id, TrainingModule::name));
    }

    private Map<Long, SiteView> sites(long programmeId) {
        return catalogue.sites(programmeId).stream().collect(Collectors.toMap(SiteView::id, s -> s, (a, b) -> a));
    }

    private static CalendarEntry entry(TrainingSession session, Map<Long, String> names, Map<Long, SiteView> sites,
            String path, Participation participation) {
        var site = session.siteId() == null ? null : sites.get(session.siteId());
        String location = session.place();
        if (site != null) {
            location = location == null ? site.city() : location + ", " + site.city();
        }
        return new CalendarEntry(PREFIX + session.id() + "@tandem", session.version(), ActivityKind.TRAINING,
                session.programmeId(), "Training: " + names.getOrDefault(session.moduleId(), "?"),
                session.startsAt(), session.endsAt(), Zones.of(site == null ? null : site.country()), location,
                session.onlineLink(), false, path, participation, null);
    }
}
