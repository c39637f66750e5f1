package org.tandem.activity.contact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.activity.calendar.Zones;
import org.tandem.duo.DuoService;
import org.tandem.employer.EmployerDirectory;
import org.tandem.employer.EmployerDirectory.EmployerRef;
import org.tandem.participant.EmployeeMentor;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.CohortView;
import org.tandem.programme.DuoDefaults;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Where a programme's released mentors stand against its contact-moment plan, as of a given day, for an employer or
 * all of them. No access checks here: the service checks who asks, the metrics ask for the programme as a whole.
 * Released mentors are the enrolled (not rejected, not withdrawn) mentors an employer committed to the programme
 * nominated. A step is due {@code dueAfterDays} after the start of the mentor's first duo or, while they have none, after
 * the start of their round (the employer released them for it); it is overdue from the day after, until a moment for
 * it is recorded as held.
 */
@Component
class ContactProgress {

    private final ContactPlanRepository plans;
    private final ContactMomentRepository moments;
    private final EmployerDirectory employers;
    private final ParticipantQueries participants;
    private final DuoService duos;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;

    ContactProgress(ContactPlanRepository plans, ContactMomentRepository moments, EmployerDirectory employers,
            ParticipantQueries participants, DuoService duos, ProgrammeCatalogue catalogue, MessageSource messages) {
        this.plans = plans;
        this.moments = moments;
        this.employers = employers;
        this.participants = participants;
        this.duos = duos;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The plan in force: the saved one, else the default (start, midway, end), named in the caller's language. */
    ContactPlan planOf(long programmeId) {
        return plans.findById(programmeId).orElseGet(() -> defaultPlan(programmeId));
    }

    ContactPlan defaultPlan(long programmeId) {
        int months = catalogue.duoDefaults(programmeId).map(DuoDefaults::defaultDurationMonths).orElse(6);
        var locale = LocaleContextHolder.getLocale();
        return ContactPlan.defaults(programmeId, months, messages.getMessage("contact.step.start", null, locale),
                messages.getMessage("contact.step.midway", null, locale),
                messages.getMessage("contact.step.end", null, locale));
    }

    /** The employer's released mentors in the programme. */
    List<EmployeeMentor> releasedMentors(long programmeId, long employerId) {
        Set<Long> cohorts = catalogue.cohorts(programmeId).stream().map(CohortView::id).collect(Collectors.toSet());
        return participants.mentorsOfEmployer(employerId).stream()
                .filter(m -> cohorts.contains(m.cohortId()) && m.status().isEnrolled()).toList();
    }

    /** The programmes in which the employer has released mentors. */
    Set<Long> programmesOf(long employerId) {
        return participants.mentorsOfEmployer(employerId).stream().filter(m -> m.status().isEnrolled())
                .map(m -> catalogue.cohort(m.cohortId()).map(CohortView::programmeId).orElse(null))
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The programme's contact moments as of {@code today}, for one employer ({@code onlyEmployer}) or all. */
    @Transactional(readOnly = true)
    ContactOverview overview(long programmeId, Long onlyEmployer, LocalDate today) {
        var programmeName = catalogue.rules(programmeId).map(r -> r.name()).orElse("");
        var plan = planOf(programmeId);
        var planView = PlanView.from(plan, plans.existsById(programmeId));
        var refs = employers.committedTo(programmeId).stream()
                .filter(e -> onlyEmployer == null || e.id() == onlyEmployer).toList();
        var mentorsByEmployer = new LinkedHashMap<EmployerRef, List<EmployeeMentor>>();
        refs.forEach(e -> mentorsByEmployer.put(e, releasedMentors(programmeId, e.id())));
        var mentorIds = mentorsByEmployer.values().stream().flatMap(List::stream).map(EmployeeMentor::enrolmentId)
                .toList();
        var starts = duos.firstDuoStarts(mentorIds);
        Map<Long, LocalDate> roundStarts = catalogue.cohorts(programmeId).stream()
                .collect(Collectors.toMap(CohortView::id, CohortView::startDate));
        Map<Long, List<ContactMoment>> byMentor = (onlyEmployer == null
                ? moments.findByProgrammeIdOrderByIdAsc(programmeId)
                : moments.findByEmployerIdOrderByIdAsc(onlyEmployer)).stream()
                .filter(m -> m.programmeId() == programmeId)
                .collect(Collectors.groupingBy(ContactMoment::mentorEnrolmentId));
        var result = new ArrayList<EmployerMoments>();
        long dueSoFar = 0;
        long heldOfDue = 0;
        for (var entry : mentorsByEmployer.entrySet()) {
            var employer = entry.getKey();
            ZoneId zone = Zones.of(employer.country());
            var mentors = new ArrayList<MentorMoments>();
            for (var mentor : entry.getValue()) {
                var start = starts.get(mentor.enrolmentId());
                LocalDate startedOn = start == null ? null : start.atZone(zone).toLocalDate();
                LocalDate countedFrom = startedOn != null ? startedOn : roundStarts.get(mentor.cohortId());
                var own = byMentor.getOrDefault(mentor.enrolmentId(), List.of());
                var steps = steps(plan, countedFrom, own, today);
                for (var step : steps) {
                    if (step.due() != null && !step.due().isAfter(today)) {
                        dueSoFar++;
                        if (step.state() == StepStatus.State.HELD) {
                            heldOfDue++;
                        }
                    }
                }
                var views = own.stream().sorted(Comparator.comparing(ContactProgress::when).reversed())
                        .map(m -> MomentView.from(m, employer.name(), mentor.firstName(), mentor.lastName(),
                                stepName(plan, m.step())))
                        .toList();
                mentors.add(new MentorMoments(mentor.enrolmentId(), mentor.firstName(), mentor.lastName(),
                        programmeId, programmeName, employer.id(), employer.name(), startedOn, countedFrom, steps,
                        views));
            }
            mentors.sort(Comparator.comparingLong(MentorMoments::overdue).reversed()
                    .thenComparing(MentorMoments::lastName).thenComparing(MentorMoments::firstName));
            result.add(new EmployerMoments(employer.id(), employer.name(), employer.city(), mentors));
        }
        result.sort(Comparator.comparingLong(EmployerMoments::overdue).reversed()
                .thenComparing(EmployerMoments::name));
        Double heldOfPlan = dueSoFar == 0 ? null : Math.round(1000.0 * heldOfDue / dueSoFar) / 10.0;
        long overdue = result.stream().mapToLong(EmployerMoments::overdue).sum();
        return new ContactOverview(programmeId, programmeName, planView, result, dueSoFar, heldOfDue, heldOfPlan,
                overdue);
    }

    /** Each step of the plan for one mentor, from the day it is counted from and their moments. */
    static List<StepStatus> steps(ContactPlan plan, LocalDate duoStart, List<ContactMoment> moments,
            LocalDate today) {
        var list = plan.steps();
        var result = new ArrayList<StepStatus>();
        for (int i = 0; i < list.size(); i++) {
            int position = i;
            var held = moments.stream().filter(m -> m.step() != null && m.step() == position
                    && m.state() == MomentState.HELD).max(Comparator.comparing(ContactMoment::heldOn));
            var planned = moments.stream().filter(m -> m.step() != null && m.step() == position
                    && m.state() == MomentState.PLANNED).min(Comparator.comparing(ContactMoment::startsAt));
            LocalDate due = duoStart == null ? null : plan.due(i, duoStart);
            StepStatus.State state;
            if (held.isPresent()) {
                state = StepStatus.State.HELD;
            } else if (due != null && due.isBefore(today)) {
                state = StepStatus.State.OVERDUE;
            } else if (planned.isPresent()) {
                state = StepStatus.State.PLANNED;
            } else {
                state = due == null ? StepStatus.State.NO_DUO : StepStatus.State.OPEN;
            }
            var moment = held.or(() -> planned).orElse(null);
            result.add(new StepStatus(i, list.get(i).name(), due, state, moment == null ? null : moment.id(),
                    planned.map(ContactMoment::startsAt).orElse(null), held.map(ContactMoment::heldOn).orElse(null)));
        }
        return result;
    }

    /** Held moments of the programme's released mentors, and how many released mentors there are. */
    record Figures(long held, long releasedMentors) {
    }

    @Transactional(readOnly = true)
    Figures heldAndReleasedMentors(long programmeId) {
        var ids = new ArrayList<Long>();
        for (var employer : employers.committedTo(programmeId)) {
            releasedMentors(programmeId, employer.id()).forEach(m -> ids.add(m.enrolmentId()));
        }
        long held = ids.isEmpty() ? 0 : moments.findByMentorEnrolmentIdInOrderByIdAsc(ids).stream()
                .filter(m -> m.programmeId() == programmeId && m.state() == MomentState.HELD).count();
        return new Figures(held, ids.size());
    }

    static String stepName(ContactPlan plan, Integer step) {
        return step != null && plan.hasStep(step) ? plan.steps().get(step).name() : null;
    }

    private static java.time.LocalDateTime when(ContactMoment m) {
        return m.heldOn() != null ? m.heldOn().atStartOfDay() : m.startsAt();
    }
}
