package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.participant.EnrolmentStatus.ACTIVE;
import static org.tandem.participant.EnrolmentStatus.APPLIED;
import static org.tandem.participant.EnrolmentStatus.COMPLETED;
import static org.tandem.participant.EnrolmentStatus.MATCHED;
import static org.tandem.participant.EnrolmentStatus.READY_TO_MATCH;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoState;
import org.tandem.evaluation.EvaluationFixture;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WavePurpose;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeService;

/**
 * The dashboard over a crafted programme: duos by state, meetings per duo, the evaluation's before/after (overall
 * and for a site too small to show), who sees the survey response, and a number of statements that does not grow
 * with the number of people.
 */
@IntegrationTest
class DashboardServiceTests {

    static final Instant JANUARY = Instant.parse("2026-01-10T09:00:00Z");

    @Autowired
    EvaluationFixture evaluation;

    @Autowired
    ReportingData data;

    @Autowired
    DashboardService dashboards;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    TestUsers users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    EvaluationFixture.World world;

    @BeforeEach
    void craft() {
        users.ensure();
        world = evaluation.world(TestUsers.COORDINATOR);
        long baseline = evaluation.wave(world, "Baseline", WaveKind.BASELINE, WavePurpose.RESEARCH, false);
        long end = evaluation.wave(world, "End", WaveKind.END, WavePurpose.RESEARCH, false);
        var random = new Random(7);
        for (int i = 0; i < 9; i++) {
            long site = i < 6 ? world.rotterdam() : world.gent();
            evaluation.respond(baseline, "k" + i, site, EvaluationFixture.answers(random, false));
            evaluation.respond(end, "k" + i, site, EvaluationFixture.answers(random, true));
        }
        // four duos that started, with 0, 2, 2 and 5 meetings; one proposal; one at the other site
        int[] meetings = {0, 2, 2, 5};
        for (int m : meetings) {
            long mentor = enrol(world.rotterdam(), ParticipantRole.MENTOR);
            long mentee = enrol(world.rotterdam(), ParticipantRole.MENTEE);
            long duo = data.duo(world.programmeId(), world.cohortId(), mentor, mentee,
                    m == 5 ? DuoState.COMPLETED : DuoState.ACTIVE, true);
            data.meetings(duo, m);
        }
        data.duo(world.programmeId(), world.cohortId(), enrol(world.rotterdam(), ParticipantRole.MENTOR),
                enrol(world.rotterdam(), ParticipantRole.MENTEE), DuoState.PROPOSED, false);
        long gentDuo = data.duo(world.programmeId(), world.cohortId(), enrol(world.gent(), ParticipantRole.MENTOR),
                enrol(world.gent(), ParticipantRole.MENTEE), DuoState.PAUSED, true);
        data.meetings(gentDuo, 9);
        data.flush();
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(world.programmeId(), users.id(TestUsers.RESEARCHER));
            return null;
        });
    }

    @Test
    void duosMeetingsAndTheBeforeAfterResultsFollowTheSite() {
        var rotterdam = accounts.callAs(TestUsers.COORDINATOR, () -> dashboards.of(world.programmeId(),
                new ReportScope(null, world.rotterdam(), null, null)));

        assertThat(rotterdam.duosByState()).contains(new ProgrammeDashboard.StateCount(DuoState.ACTIVE, 3),
                new ProgrammeDashboard.StateCount(DuoState.COMPLETED, 1),
                new ProgrammeDashboard.StateCount(DuoState.PROPOSED, 1),
                new ProgrammeDashboard.StateCount(DuoState.PAUSED, 0));
        assertThat(rotterdam.meetings()).isEqualTo(new ProgrammeDashboard.MeetingSpread(4, java.util.List.of(
                new ProgrammeDashboard.MeetingCount(0, 1), new ProgrammeDashboard.MeetingCount(2, 2),
                new ProgrammeDashboard.MeetingCount(5, 1)), 2.3, 2.0));
        assertThat(rotterdam.results()).extracting(ProgrammeDashboard.BeforeAfter::scaleKey)
                .containsExactlyInAnyOrder("confidence", "skills");
        assertThat(rotterdam.results()).filteredOn(r -> r.scaleKey().equals("confidence")).singleElement()
                .satisfies(r -> {
                    assertThat(r.pairs()).isEqualTo(6);
                    assertThat(r.meanChange()).isNotNull();
                });

        var gent = accounts.callAs(TestUsers.COORDINATOR, () -> dashboards.of(world.programmeId(),
                new ReportScope(null, world.gent(), null, null)));
        assertThat(gent.meetings().mean()).isEqualTo(9.0);
        assertThat(gent.results()).singleElement().satisfies(r -> {
            assertThat(r.suppressed()).isTrue();
            assertThat(r.pairs()).isEqualTo(3);
            assertThat(r.meanBefore()).isNull();
        });

        var whole = accounts.callAs(TestUsers.COORDINATOR, () -> dashboards.of(world.programmeId(),
                ReportScope.whole()));
        assertThat(whole.results()).filteredOn(r -> r.scaleKey().equals("confidence")).singleElement()
                .satisfies(r -> assertThat(r.pairs()).isEqualTo(9));
        assertThat(whole.surveys()).extracting(ProgrammeDashboard.WaveResponse::name)
                .containsExactlyInAnyOrder("Baseline", "End");
        assertThat(whole.targets()).singleElement().satisfies(t -> {
            assertThat(t.metric()).isEqualTo(Metric.MENTEES_ENROLLED);
            assertThat(t.current()).isEqualTo(6.0);
            assertThat(t.met()).isTrue();
        });
        assertThat(whole.history()).singleElement().satisfies(p -> assertThat(p.closed()).isFalse());
        assertThat(whole.activity()).extracting(ProgrammeDashboard.ActivityFigure::metric)
                .contains(Metric.WORKSHOP_ATTENDANCE_RATE, Metric.INTERVISION_ATTENDANCE_RATE);
    }

    @Test
    void researchersSeeTheResultsButNotWhoWasInvited() {
        var seen = accounts.callAs(TestUsers.RESEARCHER, () -> dashboards.of(world.programmeId(),
                ReportScope.whole()));

        assertThat(seen.surveys()).isEmpty();
        assertThat(seen.results()).isNotEmpty();
        assertThat(seen.funnel().mentees().get(0).count()).isEqualTo(6);
    }

    @Test
    void theDashboardTakesTheSameStatementsWhateverTheNumberOfPeopleAndDuos() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long few = statements(statistics);
            for (int i = 0; i < 25; i++) {
                long mentor = enrol(world.rotterdam(), ParticipantRole.MENTOR);
                long mentee = enrol(world.rotterdam(), ParticipantRole.MENTEE);
                data.meetings(data.duo(world.programmeId(), world.cohortId(), mentor, mentee, DuoState.ACTIVE,
                        true), i % 4);
            }
            data.flush();
            long many = statements(statistics);
            assertThat(few).isPositive();
            assertThat(many).isEqualTo(few);
            System.out.println("Dashboard SQL statements per request: " + few);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private long statements(org.hibernate.stat.Statistics statistics) {
        statistics.clear();
        accounts.callAs(TestUsers.COORDINATOR, () -> dashboards.of(world.programmeId(),
                new ReportScope(world.cohortId(), world.rotterdam(), null, null)));
        return statistics.getPrepareStatementCount();
    }

    private long enrol(long site, ParticipantRole role) {
        return data.enrolment(world.programmeId(), world.cohortId(), site, role, JANUARY, APPLIED, READY_TO_MATCH,
                MATCHED, ACTIVE);
    }
}
