package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.NewEnrolment;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;

/** The coordinator's day through the service: what it counts, for whom, and that its queries do not grow with duos. */
@IntegrationTest
class CoordinatorDayServiceTests {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    DuoFixture duos;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AccountService accounts;

    @Autowired
    CoordinatorDayService day;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theDayCountsWhatWaitsInTheCoordinatorsOwnProgrammesWithLinksToWhereItIsDone() {
        var world = duos.proposed();
        duos.anotherDuo(world);
        participants.ready(TestUsers.COORDINATOR, world.cohortId(), ParticipantRole.MENTOR, 1, world.siteId(),
                ParticipantMother.profile());
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            applicant(world.cohortId(), world.siteId());
            long soon = applicant(world.cohortId(), world.siteId());
            enrolments.planIntake(soon, LocalDateTime.now().plusDays(2));
            long later = applicant(world.cohortId(), world.siteId());
            enrolments.planIntake(later, LocalDateTime.now().plusDays(10));
            return null;
        });
        long mentorsReady = accounts.callAs(TestUsers.COORDINATOR, () -> queries.readyToMatch(world.cohortId()))
                .stream().filter(c -> c.role() == ParticipantRole.MENTOR).count();

        var mine = accounts.callAs(TestUsers.COORDINATOR, day::today);

        assertThat(mine.programmes()).isPositive();
        assertThat(lines(mine, world.programmeId(), DayItemKind.PROPOSALS_WAITING))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.count()).isEqualTo(2);
                    assertThat(i.urgent()).isZero();
                    assertThat(i.link()).isEqualTo("/duos/cohorts/" + world.cohortId());
                });
        assertThat(lines(mine, world.programmeId(), DayItemKind.APPLICATIONS_TO_SCREEN))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.count()).isEqualTo(1);
                    assertThat(i.link()).startsWith("/participants?status=APPLIED&sort=APPLIED");
                });
        assertThat(lines(mine, world.programmeId(), DayItemKind.INTAKES_THIS_WEEK))
                .singleElement()
                .satisfies(i -> assertThat(i.count()).isEqualTo(1));
        assertThat(mentorsReady).isPositive();
        assertThat(lines(mine, world.programmeId(), DayItemKind.MENTORS_READY_TO_MATCH))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.count()).isEqualTo(mentorsReady);
                    assertThat(i.link()).isEqualTo("/matching/cohorts/" + world.cohortId());
                });

        var other = accounts.callAs(TestUsers.OTHER_COORDINATOR, day::today);
        assertThat(other.items()).noneMatch(i -> i.programmeId() == world.programmeId());
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfDuosOrApplicants() {
        var world = duos.proposed();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            accounts.callAs(TestUsers.COORDINATOR, day::today);
            long few = statementsFor(statistics);

            for (int i = 0; i < 4; i++) {
                duos.anotherDuo(world);
            }
            accounts.callAs(TestUsers.COORDINATOR, () -> {
                for (int i = 0; i < 5; i++) {
                    applicant(world.cohortId(), world.siteId());
                }
                return null;
            });
            long many = statementsFor(statistics);

            var items = accounts.callAs(TestUsers.COORDINATOR, day::today).items();
            assertThat(items).filteredOn(i -> i.programmeId() == world.programmeId()
                    && i.kind() == DayItemKind.PROPOSALS_WAITING)
                    .singleElement().satisfies(i -> assertThat(i.count()).isEqualTo(5));
            assertThat(few).isPositive();
            assertThat(many).isEqualTo(few);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private static java.util.List<DayItem> lines(CoordinatorDay day, long programmeId, DayItemKind kind) {
        return day.items().stream().filter(i -> i.programmeId() == programmeId && i.kind() == kind).toList();
    }

    /** Statements of a day computed afresh: the data version is raised first, so that no kept count is served. */
    private long statementsFor(org.hibernate.stat.Statistics statistics) {
        jdbc.update("update data_version set version = version + 1 where id = 1");
        statistics.clear();
        accounts.callAs(TestUsers.COORDINATOR, day::today);
        return statistics.getPrepareStatementCount();
    }

    private long applicant(long cohortId, long siteId) {
        return enrolments.enrol(new NewEnrolment(cohortId, ParticipantRole.MENTEE, ParticipantMother.personData(2001),
                ParticipantMother.profile(), siteId, null, 1));
    }
}
