package org.tandem.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.activity.contact.ContactOverview;
import org.tandem.activity.contact.MentorMoments;
import org.tandem.activity.contact.StepStatus;
import org.tandem.employer.MentorGroup;
import org.tandem.employer.MentorView;
import org.tandem.employer.MyEmployerService;
import org.tandem.evaluation.Analyses;
import org.tandem.evaluation.AnalysisViews;
import org.tandem.evaluation.WaveRole;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ParticipantQueries;

/**
 * Composes the employer contact's home from the employer, contact-moment, participant and evaluation modules. The
 * employer is always the signed-in contact's own (each read below finds it from the user; anyone else gets 404), and
 * every read is per employer or per programme, never one per employee.
 */
@Service
public class EmployerHomeService {

    static final int NEXT_DUE = 5;

    private final MyEmployerService myEmployer;
    private final ContactMomentService contacts;
    private final ParticipantQueries participants;
    private final Analyses analyses;

    EmployerHomeService(MyEmployerService myEmployer, ContactMomentService contacts, ParticipantQueries participants,
            Analyses analyses) {
        this.myEmployer = myEmployer;
        this.contacts = contacts;
        this.participants = participants;
        this.analyses = analyses;
    }

    @Transactional(readOnly = true)
    public EmployerHome home() {
        var employer = myEmployer.get();
        List<ContactOverview> overviews = contacts.myEmployees();
        Map<Long, Long> overdueByEnrolment = new HashMap<>();
        List<EmployerHome.Contacts> moments = new ArrayList<>();
        for (ContactOverview overview : overviews) {
            List<MentorMoments> mentors = overview.employers().stream().flatMap(e -> e.mentors().stream()).toList();
            mentors.forEach(m -> overdueByEnrolment.put(m.enrolmentId(), m.overdue()));
            long held = overview.employers().stream().mapToLong(e -> e.held()).sum();
            List<EmployerHome.Due> next = mentors.stream()
                    .flatMap(m -> m.steps().stream()
                            .filter(s -> s.due() != null && (s.state() == StepStatus.State.OVERDUE
                                    || s.state() == StepStatus.State.OPEN || s.state() == StepStatus.State.PLANNED))
                            .map(s -> new EmployerHome.Due(m.enrolmentId(), m.firstName(), s.name(), s.due(),
                                    s.overdue())))
                    .sorted(Comparator.comparing(EmployerHome.Due::due)).limit(NEXT_DUE).toList();
            moments.add(new EmployerHome.Contacts(overview.programmeId(), overview.programmeName(), held,
                    overview.dueSoFar(), overview.overdue(), next));
        }
        List<EmployerHome.Employee> employees = employer.mentors().stream()
                .sorted(Comparator.comparing(MentorView::programmeName).thenComparing(MentorView::firstName))
                .map(m -> new EmployerHome.Employee(m.enrolmentId(), m.firstName(), m.lastName(), m.programmeName(),
                        m.cohortName(), m.group(), overdueByEnrolment.getOrDefault(m.enrolmentId(), 0L)))
                .toList();
        return new EmployerHome(employer.id(), employer.name(), employer.mentorsByGroup(), employees, moments,
                results(employer.mentors()));
    }

    /** Per programme, the before/after of the employees who agreed to share their progress with the employer. */
    private List<EmployerHome.Results> results(List<MentorView> mentors) {
        Map<Long, List<MentorView>> byProgramme = mentors.stream().filter(m -> m.group() != MentorGroup.STOPPED)
                .collect(Collectors.groupingBy(MentorView::programmeId, LinkedHashMap::new, Collectors.toList()));
        var consenting = participants.consenting(mentors.stream().map(MentorView::enrolmentId).toList(),
                ConsentPurpose.EMPLOYER_PROGRESS);
        List<EmployerHome.Results> results = new ArrayList<>();
        byProgramme.forEach((programmeId, members) -> {
            var agreed = members.stream().map(MentorView::enrolmentId).filter(consenting::contains).toList();
            String name = members.get(0).programmeName();
            if (agreed.size() < AnalysisViews.MIN_GROUP) {
                results.add(new EmployerHome.Results(programmeId, name, agreed.size(), AnalysisViews.MIN_GROUP,
                        EmployerHome.ResultState.TOO_FEW_CONSENTING, null));
                return;
            }
            var comparison = analyses.compareFor(programmeId, WaveRole.MENTOR, agreed);
            var state = comparison.isEmpty() ? EmployerHome.ResultState.NO_WAVES
                    : comparison.get().suppressed() ? EmployerHome.ResultState.TOO_FEW_ANSWERS
                    : EmployerHome.ResultState.SHOWN;
            results.add(new EmployerHome.Results(programmeId, name, agreed.size(), AnalysisViews.MIN_GROUP, state,
                    state == EmployerHome.ResultState.SHOWN ? comparison.get() : null));
        });
        return results;
    }
}
