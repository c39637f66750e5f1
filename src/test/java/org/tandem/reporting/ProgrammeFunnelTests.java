package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.participant.EnrolmentStatus.ACTIVE;
import static org.tandem.participant.EnrolmentStatus.APPLIED;
import static org.tandem.participant.EnrolmentStatus.COMPLETED;
import static org.tandem.participant.EnrolmentStatus.ELIGIBLE;
import static org.tandem.participant.EnrolmentStatus.INTAKE_DONE;
import static org.tandem.participant.EnrolmentStatus.INTAKE_PLANNED;
import static org.tandem.participant.EnrolmentStatus.MATCHED;
import static org.tandem.participant.EnrolmentStatus.READY_TO_MATCH;
import static org.tandem.participant.EnrolmentStatus.REJECTED;
import static org.tandem.participant.EnrolmentStatus.TRAINED;
import static org.tandem.participant.EnrolmentStatus.WITHDRAWN;
import static org.tandem.participant.ParticipantRole.MENTEE;
import static org.tandem.participant.ParticipantRole.MENTOR;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoState;
import org.tandem.duo.OutcomeKind;
import org.tandem.duo.OutcomeMoment;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;
import org.tandem.shared.Country;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.NotFoundException;

/**
 * The funnel over a crafted cohort whose every number is known: people at each step, people who left at each step,
 * mentees whose early-ended duo had a positive outcome (not counted: they did not complete), and a second site and a
 * later application period that the filters leave out.
 */
@IntegrationTest
class ProgrammeFunnelTests {

    static final Instant JANUARY = Instant.parse("2026-01-10T09:00:00Z");
    static final Instant MARCH = Instant.parse("2026-03-01T09:00:00Z");
    static final EnrolmentStatus[] TO_ELIGIBLE = {APPLIED, INTAKE_PLANNED, INTAKE_DONE, ELIGIBLE};

    @Autowired
    ParticipantFixture participants;

    @Autowired
    ReportingData data;

    @Autowired
    ProgrammeFunnel funnel;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    TestUsers users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    long programme;
    long cohort;
    long site;
    long otherSite;

    @BeforeEach
    void craft() {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        programme = setup.programmeId();
        cohort = setup.cohortId();
        site = setup.siteId();
        otherSite = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.addSite(programme, "Gent", Country.BE));
        // mentors at the first site: 9 applied, 6 eligible, 5 trained, 4 matched, 3 active, 2 completed
        mentor(APPLIED);
        mentor(APPLIED);
        mentor(APPLIED, INTAKE_PLANNED, INTAKE_DONE, REJECTED);
        mentor(path(TO_ELIGIBLE, WITHDRAWN));
        mentor(path(TO_ELIGIBLE, TRAINED, READY_TO_MATCH));
        mentor(path(TO_ELIGIBLE, TRAINED, READY_TO_MATCH, MATCHED, WITHDRAWN));
        mentor(path(TO_ELIGIBLE, TRAINED, READY_TO_MATCH, MATCHED, ACTIVE, READY_TO_MATCH));
        long mentorA = mentor(path(TO_ELIGIBLE, TRAINED, READY_TO_MATCH, MATCHED, ACTIVE, COMPLETED));
        long mentorB = mentor(path(TO_ELIGIBLE, TRAINED, READY_TO_MATCH, MATCHED, ACTIVE, COMPLETED));
        // mentees at the first site: 8 applied, 7 eligible, 6 matched, 6 active, 4 completed, 2 positive at 3
        // months, 1 at 12 months
        mentee(site, JANUARY, APPLIED);
        mentee(site, JANUARY, path(TO_ELIGIBLE, READY_TO_MATCH));
        long[] done = new long[4];
        for (int i = 0; i < done.length; i++) {
            done[i] = completedMentee(site, JANUARY);
        }
        long d1 = data.duo(programme, cohort, mentorA, done[0], DuoState.COMPLETED, true);
        long d2 = data.duo(programme, cohort, mentorB, done[1], DuoState.COMPLETED, true);
        long d3 = data.duo(programme, cohort, mentorA, done[2], DuoState.COMPLETED, true);
        data.duo(programme, cohort, mentorB, done[3], DuoState.COMPLETED, true);
        data.outcome(d1, OutcomeMoment.MONTHS_3, OutcomeKind.JOB);
        data.outcome(d1, OutcomeMoment.MONTHS_12, OutcomeKind.JOB);
        data.outcome(d2, OutcomeMoment.MONTHS_3, OutcomeKind.EDUCATION);
        data.outcome(d2, OutcomeMoment.MONTHS_12, OutcomeKind.STILL_SEARCHING);
        data.outcome(d3, OutcomeMoment.AT_END, OutcomeKind.JOB);
        data.outcome(d3, OutcomeMoment.MONTHS_3, OutcomeKind.VOLUNTEERING);
        long running = mentee(site, JANUARY, path(TO_ELIGIBLE, READY_TO_MATCH, MATCHED, ACTIVE));
        data.duo(programme, cohort, mentorA, running, DuoState.ACTIVE, true);
        long rematch = mentee(site, JANUARY, path(TO_ELIGIBLE, READY_TO_MATCH, MATCHED, ACTIVE, READY_TO_MATCH));
        long early = data.duo(programme, cohort, mentorB, rematch, DuoState.ENDED_EARLY, true);
        data.outcome(early, OutcomeMoment.MONTHS_3, OutcomeKind.JOB);
        // the other site, applied in March: one mentor applied, one mentee completed with a job at 3 months
        data.enrolment(programme, cohort, otherSite, MENTOR, MARCH, APPLIED);
        long later = completedMentee(otherSite, MARCH);
        data.outcome(data.duo(programme, cohort, mentorA, later, DuoState.COMPLETED, true), OutcomeMoment.MONTHS_3,
                OutcomeKind.JOB);
        data.flush();
    }

    @Test
    void eachStepCountsWhoReachedItAndTheShareLostSinceThePreviousStep() {
        var firstSite = accounts.callAs(TestUsers.COORDINATOR, () -> funnel.of(programme,
                new ReportScope(null, site, null, null)));

        assertThat(firstSite.mentors()).containsExactly(
                new FunnelStep(FunnelStepKind.APPLIED, 9, null),
                new FunnelStep(FunnelStepKind.ELIGIBLE, 6, 33.3),
                new FunnelStep(FunnelStepKind.TRAINED, 5, 16.7),
                new FunnelStep(FunnelStepKind.MATCHED, 4, 20.0),
                new FunnelStep(FunnelStepKind.ACTIVE, 3, 25.0),
                new FunnelStep(FunnelStepKind.COMPLETED, 2, 33.3));
        assertThat(firstSite.mentees()).containsExactly(
                new FunnelStep(FunnelStepKind.APPLIED, 8, null),
                new FunnelStep(FunnelStepKind.ELIGIBLE, 7, 12.5),
                new FunnelStep(FunnelStepKind.MATCHED, 6, 14.3),
                new FunnelStep(FunnelStepKind.ACTIVE, 6, 0.0),
                new FunnelStep(FunnelStepKind.COMPLETED, 4, 33.3),
                new FunnelStep(FunnelStepKind.POSITIVE_AT_3_MONTHS, 2, 50.0),
                new FunnelStep(FunnelStepKind.POSITIVE_AT_12_MONTHS, 1, 50.0));
    }

    @Test
    void theWholeProgrammeTheCohortAndAPeriodOfApplicationNarrowAsAsked() {
        var whole = accounts.callAs(TestUsers.COORDINATOR, () -> funnel.of(programme, ReportScope.whole()));
        assertThat(counts(whole.mentors())).containsExactly(10L, 6L, 5L, 4L, 3L, 2L);
        assertThat(counts(whole.mentees())).containsExactly(9L, 8L, 7L, 7L, 5L, 3L, 1L);

        var sameCohort = accounts.callAs(TestUsers.COORDINATOR, () -> funnel.of(programme,
                new ReportScope(cohort, null, null, null)));
        assertThat(sameCohort).isEqualTo(new Funnel(programme, new ReportScope(cohort, null, null, null),
                whole.mentors(), whole.mentees()));

        var march = accounts.callAs(TestUsers.COORDINATOR, () -> funnel.of(programme,
                new ReportScope(null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31))));
        assertThat(counts(march.mentors())).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(counts(march.mentees())).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 0L);
        assertThat(march.mentors().get(1).lostShare()).isEqualTo(100.0);
        assertThat(march.mentors().get(2).lostShare()).isNull();
    }

    @Test
    void researchersAssignedToTheProgrammeSeeItOtherCoordinatorsDoNotFindIt() {
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(programme, users.id(TestUsers.RESEARCHER));
            return null;
        });
        assertThat(accounts.callAs(TestUsers.RESEARCHER, () -> funnel.of(programme, ReportScope.whole()))
                .mentees()).hasSize(7);
        assertThat(accounts.callAs(TestUsers.ADMIN, () -> funnel.of(programme, ReportScope.whole()))
                .mentors()).hasSize(6);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> funnel.of(programme, ReportScope.whole()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR,
                () -> funnel.of(programme, new ReportScope(null, 999_999L, null, null))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFunnelTakesTheSameFewStatementsWhateverTheNumberOfPeople() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long few = statements(statistics);
            for (int i = 0; i < 30; i++) {
                long mentee = completedMentee(site, JANUARY);
                data.outcome(data.duo(programme, cohort, mentee, mentee, DuoState.COMPLETED, true),
                        OutcomeMoment.MONTHS_3, OutcomeKind.JOB);
            }
            data.flush();
            long many = statements(statistics);
            assertThat(few).isPositive().isLessThanOrEqualTo(10);
            assertThat(many).isEqualTo(few);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private long statements(org.hibernate.stat.Statistics statistics) {
        statistics.clear();
        accounts.callAs(TestUsers.COORDINATOR, () -> funnel.of(programme, new ReportScope(cohort, site, null, null)));
        return statistics.getPrepareStatementCount();
    }

    private long mentor(EnrolmentStatus... path) {
        return data.enrolment(programme, cohort, site, MENTOR, JANUARY, path);
    }

    private long mentee(long at, Instant applied, EnrolmentStatus... path) {
        return data.enrolment(programme, cohort, at, MENTEE, applied, path);
    }

    private long completedMentee(long at, Instant applied) {
        return mentee(at, applied, path(TO_ELIGIBLE, READY_TO_MATCH, MATCHED, ACTIVE, COMPLETED));
    }

    private static EnrolmentStatus[] path(EnrolmentStatus[] start, EnrolmentStatus... rest) {
        var all = new java.util.ArrayList<>(List.of(start));
        all.addAll(List.of(rest));
        return all.toArray(EnrolmentStatus[]::new);
    }

    private static List<Long> counts(List<FunnelStep> steps) {
        return steps.stream().map(FunnelStep::count).toList();
    }
}
