package org.tandem.activity.contact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.activity.calendar.ActivityKind;
import org.tandem.activity.calendar.CalendarEntry;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.Zones;
import org.tandem.employer.EmployerDirectory;
import org.tandem.employer.EmployerDirectory.EmployerRef;
import org.tandem.participant.EmployeeMentor;
import org.tandem.participant.ParticipantQueries;

/**
 * Contact moments as views and as calendar entries, with the names of their employer, mentor and plan step looked
 * up once per employer for a whole list.
 */
@Component
class ContactCalendarEntries {

    static final String UID_PREFIX = "contact-moment-";

    private final EmployerDirectory employers;
    private final ParticipantQueries participants;
    private final ContactProgress progress;
    private final MessageSource messages;

    ContactCalendarEntries(EmployerDirectory employers, ParticipantQueries participants, ContactProgress progress,
            MessageSource messages) {
        this.employers = employers;
        this.participants = participants;
        this.progress = progress;
        this.messages = messages;
    }

    /** Names for the moments of these employers. */
    final class Names {

        private final Map<Long, EmployerRef> employerRefs = new HashMap<>();
        private final Map<Long, EmployeeMentor> mentors = new HashMap<>();
        private final Map<Long, ContactPlan> plans = new HashMap<>();

        Names(Collection<ContactMoment> list) {
            list.stream().map(ContactMoment::employerId).distinct().forEach(id -> employers.find(id).ifPresent(e -> {
                employerRefs.put(id, e);
                participants.mentorsOfEmployer(id).forEach(m -> mentors.put(m.enrolmentId(), m));
            }));
        }

        MomentView view(ContactMoment m) {
            var employer = employerRefs.get(m.employerId());
            var mentor = mentors.get(m.mentorEnrolmentId());
            var plan = plans.computeIfAbsent(m.programmeId(), progress::planOf);
            return MomentView.from(m, employer == null ? "" : employer.name(),
                    mentor == null ? "" : mentor.firstName(), mentor == null ? "" : mentor.lastName(),
                    ContactProgress.stepName(plan, m.step()));
        }

        CalendarEntry entry(ContactMoment m, Participation participation) {
            var employer = employerRefs.get(m.employerId());
            var mentor = mentors.get(m.mentorEnrolmentId());
            String title = messages.getMessage("contact.calendar.title", new Object[] {
                    employer == null ? "" : employer.name(),
                    mentor == null ? "" : mentor.firstName() + " " + mentor.lastName()},
                    LocaleContextHolder.getLocale());
            var start = m.startsAt() != null ? m.startsAt() : m.heldOn().atTime(9, 0);
            var end = m.endsAt() != null ? m.endsAt() : start.plusHours(1);
            return new CalendarEntry(UID_PREFIX + m.id() + "@tandem", m.version(), ActivityKind.CONTACT_MOMENT,
                    m.programmeId(), title, start, end, Zones.of(employer == null ? null : employer.country()),
                    m.place(), m.onlineLink(), m.state() == MomentState.CANCELLED, "/contact-moments/" + m.id(),
                    participation, null);
        }
    }

    Names names(Collection<ContactMoment> list) {
        return new Names(list);
    }

    MomentView view(ContactMoment moment) {
        return names(List.of(moment)).view(moment);
    }

    CalendarEntry entry(ContactMoment moment, Participation participation) {
        return names(List.of(moment)).entry(moment, participation);
    }

    static Participation participation(ContactMoment m) {
        return switch (m.state()) {
            case PLANNED -> Participation.PLANNED;
            case HELD -> Participation.ATTENDED;
            case CANCELLED -> Participation.CANCELLED;
        };
    }
}
