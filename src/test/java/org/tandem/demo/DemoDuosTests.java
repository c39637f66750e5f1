package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoSignal;
import org.tandem.duo.DuoState;
import org.tandem.duo.DuoView;
import org.tandem.duo.HealthService;
import org.tandem.duo.HealthSignal;
import org.tandem.duo.OutcomeService;
import org.tandem.programme.CohortView;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeSummary;

/** The demo's duos: programme A's completed pilots with outcomes, programme B's round showing every signal. */
@DemoServerTest
class DemoDuosTests {

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    DuoService duos;

    @Autowired
    HealthService health;

    @Autowired
    OutcomeService outcomes;

    private <T> T asCoordinator(Supplier<T> work) {
        return accounts.callAs(DemoData.COORDINATOR, work);
    }

    private CohortView cohort(String programme, String name) {
        long id = catalogue.all().stream().filter(p -> p.name().equals(programme)).map(ProgrammeSummary::id)
                .findFirst().orElseThrow();
        return catalogue.cohorts(id).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void programmeAsPilotsAreCompletedWithTheMentorOfTwoAndOutcomesAtEveryMoment() {
        var all = new java.util.ArrayList<DuoView>();
        for (String pilot : List.of("Pilot 1", "Pilot 2")) {
            all.addAll(asCoordinator(() -> duos.inCohort(cohort(DemoData.PROGRAMME_A, pilot).id())));
        }
        assertThat(all).hasSize(13).allMatch(d -> d.state() == DuoState.COMPLETED);
        assertThat(all.stream().map(DuoView::mentorEnrolmentId).distinct()).hasSize(12);
        assertThat(all.stream().map(DuoView::menteeEnrolmentId).distinct()).hasSize(13);
        var perMentor = new HashMap<Long, Integer>();
        all.forEach(d -> perMentor.merge(d.mentorEnrolmentId(), 1, Integer::sum));
        assertThat(perMentor.values()).containsOnlyOnce(2);
        for (var duo : all) {
            var recorded = asCoordinator(() -> outcomes.of(duo.id()));
            assertThat(recorded.moments()).allMatch(m -> m.recorded() != null);
        }
        var programme = asCoordinator(() -> programmes.get(cohort(DemoData.PROGRAMME_A, "Pilot 1").programmeId()));
        assertThat(programme.targets()).filteredOn(t -> t.metric() == Metric.POSITIVE_EXIT_RATE)
                .singleElement().satisfies(t -> assertThat(t.current()).isNotNull());
    }

    /** Henk and Amal's unanswered proposal in this round is checked by the journey that answers it (DuoJourneyTests). */
    @Test
    void programmeBsRoundShowsEverySignal() {
        var round = cohort(DemoData.PROGRAMME_B, "Ronde 2026");
        var signals = EnumSet.noneOf(HealthSignal.class);
        asCoordinator(() -> health.atRisk(round.id())).forEach(d -> d.signals().stream().map(DuoSignal::signal)
                .forEach(signals::add));
        assertThat(signals).containsExactlyInAnyOrder(HealthSignal.values());
        assertThat(asCoordinator(() -> duos.inCohort(round.id()))).extracting(DuoView::state)
                .contains(DuoState.ACTIVE, DuoState.PAUSED, DuoState.CONFIRMED, DuoState.PROPOSED);
    }
}
