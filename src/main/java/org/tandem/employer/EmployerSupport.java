package org.tandem.employer;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.MentorNomination;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.shared.FieldException;

/** What the coordinators' and the employer contacts' services share: names, mentors, nominating. */
@Component
class EmployerSupport {

    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final EnrolmentService enrolments;

    EmployerSupport(ProgrammeCatalogue catalogue, ParticipantQueries participants, EnrolmentService enrolments) {
        this.catalogue = catalogue;
        this.participants = participants;
        this.enrolments = enrolments;
    }

    Map<Long, String> programmeNames() {
        return catalogue.all().stream().collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::name));
    }

    boolean programmeExists(long programmeId) {
        return catalogue.rules(programmeId).isPresent();
    }

    /** The employer's nominated employees in the programmes the predicate lets through. */
    List<MentorView> mentors(long employerId, LongPredicate programmes, Map<Long, String> names) {
        return participants.mentorsOfEmployer(employerId).stream()
                .map(m -> catalogue.cohort(m.cohortId()).map(c -> MentorView.from(m, c, names.get(c.programmeId())))
                        .orElse(null))
                .filter(m -> m != null && programmes.test(m.programmeId()))
                .sorted(java.util.Comparator.comparing(MentorView::lastName).thenComparing(MentorView::firstName))
                .toList();
    }

    static Map<MentorGroup, Long> byGroup(List<MentorView> mentors) {
        var groups = new EnumMap<MentorGroup, Long>(MentorGroup.class);
        for (var group : MentorGroup.values()) {
            groups.put(group, 0L);
        }
        mentors.forEach(m -> groups.merge(m.group(), 1L, Long::sum));
        return groups;
    }

    /** Open cohorts of the programmes the employer committed to. */
    List<CohortView> nominationCohorts(Employer employer) {
        return employer.recruitments().stream().filter(r -> r.stage().isCommitted())
                .flatMap(r -> catalogue.cohorts(r.programmeId()).stream()).filter(c -> !c.closed()).toList();
    }

    /** The new enrolment, or empty when the address was known to the programme (see participant's nominateMentor). */
    java.util.Optional<Long> nominate(Employer employer, Nomination nomination) {
        var cohort = catalogue.cohort(nomination.cohortId()).filter(c -> employer.committedTo(c.programmeId()))
                .orElseThrow(() -> new FieldException("cohortId", "nomination.cohort.invalid"));
        var rules = catalogue.rules(cohort.programmeId()).orElseThrow();
        Integer minimumAge = rules.mentorMinimumAge();
        if (minimumAge != null && nomination.birthYear() != null
                && cohort.startDate().getYear() - nomination.birthYear() < minimumAge) {
            throw new FieldException("birthYear", "nomination.birthYear.young", minimumAge);
        }
        if (nomination.birthYear() != null && nomination.birthYear() > Year.now().getValue()) {
            throw new FieldException("birthYear", "nomination.birthYear.future");
        }
        // a call, not an event: the nomination is the enrolment, and the employer contact sees it (or why it was
        // refused, a duplicate say) right away
        return enrolments.nominateMentor(new MentorNomination(employer.id(), employer.name(), cohort.id(),
                nomination.firstName().trim(), nomination.lastName().trim(), nomination.email().trim(),
                nomination.birthYear()));
    }
}
