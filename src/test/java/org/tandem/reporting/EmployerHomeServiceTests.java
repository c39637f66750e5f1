package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.employer.MentorGroup;
import org.tandem.employer.MentorView;
import org.tandem.employer.MyEmployerService;
import org.tandem.employer.MyEmployerView;
import org.tandem.evaluation.Analyses;
import org.tandem.evaluation.AnalysisViews;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WavePurpose;
import org.tandem.evaluation.WaveRole;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantQueries;
import org.tandem.shared.Country;

/** When the employer's home shows the evaluation's results: only the consenting, only five or more. */
class EmployerHomeServiceTests {

    final MyEmployerService myEmployer = mock(MyEmployerService.class);
    final ContactMomentService contacts = mock(ContactMomentService.class);
    final ParticipantQueries participants = mock(ParticipantQueries.class);
    final Analyses analyses = mock(Analyses.class);
    final EmployerHomeService service = new EmployerHomeService(myEmployer, contacts, participants, analyses);

    static final AnalysisViews.WaveRef BEFORE = new AnalysisViews.WaveRef(1, "Start", WaveKind.BASELINE,
            WaveRole.MENTOR, WavePurpose.RESEARCH, false, 1, "Mentor survey", 1);
    static final AnalysisViews.WaveRef AFTER = new AnalysisViews.WaveRef(2, "End", WaveKind.END, WaveRole.MENTOR,
            WavePurpose.RESEARCH, false, 1, "Mentor survey", 1);

    private void employees(int count, EnrolmentStatus status) {
        List<MentorView> mentors = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            mentors.add(new MentorView(id, "Name" + id, "Last", 7, "Kracht", 70, "Round 1", status,
                    MentorGroup.of(status)));
        }
        // one who stopped never counts, consent or not
        mentors.add(new MentorView(100, "Stopped", "Last", 7, "Kracht", 70, "Round 1", EnrolmentStatus.WITHDRAWN,
                MentorGroup.STOPPED));
        when(myEmployer.get()).thenReturn(new MyEmployerView(3, "Acme", "Rotterdam", Country.NL, List.of(), mentors,
                Map.of(MentorGroup.ACTIVE, (long) count), List.of()));
        when(contacts.myEmployees()).thenReturn(List.of());
    }

    private void consenting(long... ids) {
        Set<Long> set = LongStream.of(ids).boxed().collect(Collectors.toSet());
        when(participants.consenting(any(), eq(ConsentPurpose.EMPLOYER_PROGRESS))).thenReturn(set);
    }

    @Test
    void fourConsentingOutOfSixShowNothingAndAskNoAnalysis() {
        employees(6, EnrolmentStatus.ACTIVE);
        consenting(1, 2, 3, 4, 100);
        var results = service.home().results();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(EmployerHome.ResultState.TOO_FEW_CONSENTING);
            assertThat(r.consenting()).isEqualTo(4);
            assertThat(r.comparison()).isNull();
        });
        verify(analyses, never()).compareFor(anyLong(), any(), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiveConsentingAreAnalysedAsExactlyThoseFive() {
        employees(6, EnrolmentStatus.ACTIVE);
        consenting(1, 2, 3, 4, 5);
        var comparison = new AnalysisViews.SubsetComparison(BEFORE, AFTER, 5, 5, false, List.of());
        when(analyses.compareFor(eq(7L), eq(WaveRole.MENTOR), any())).thenReturn(Optional.of(comparison));
        var result = service.home().results().get(0);
        assertThat(result.state()).isEqualTo(EmployerHome.ResultState.SHOWN);
        assertThat(result.comparison()).isEqualTo(comparison);
        var captor = org.mockito.ArgumentCaptor.forClass(Collection.class);
        verify(analyses).compareFor(eq(7L), eq(WaveRole.MENTOR), captor.capture());
        assertThat((Collection<Long>) captor.getValue()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void fiveConsentingButFewerPairsShowNoFigures() {
        employees(5, EnrolmentStatus.ACTIVE);
        consenting(1, 2, 3, 4, 5);
        when(analyses.compareFor(eq(7L), eq(WaveRole.MENTOR), any())).thenReturn(Optional.of(
                new AnalysisViews.SubsetComparison(BEFORE, AFTER, 5, 3, true, List.of())));
        var result = service.home().results().get(0);
        assertThat(result.state()).isEqualTo(EmployerHome.ResultState.TOO_FEW_ANSWERS);
        assertThat(result.comparison()).isNull();
    }

    @Test
    void noBeforeAndAfterYetSaysSo() {
        employees(5, EnrolmentStatus.TRAINED);
        consenting(1, 2, 3, 4, 5);
        when(analyses.compareFor(eq(7L), eq(WaveRole.MENTOR), any())).thenReturn(Optional.empty());
        var home = service.home();
        assertThat(home.results().get(0).state()).isEqualTo(EmployerHome.ResultState.NO_WAVES);
        assertThat(home.employees()).hasSize(6).extracting(EmployerHome.Employee::group)
                .contains(MentorGroup.TRAINED, MentorGroup.STOPPED);
    }
}
