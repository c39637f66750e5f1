package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeKind;

/**
 * The funnel and "first trained / first matched" read from what enrolments keep equal the former computation over
 * the status history, for enrolments moved through the services and entities; and V39's back-fill of existing
 * enrolments gives exactly what the entities keep.
 */
@IntegrationTest
class FunnelReachedStoredTests {

    /** The funnel as it was computed before V39: distinct enrolments with a change to one of the step's statuses. */
    private static final String FORMER_REACH = """
            select e.role, count(distinct e.id),
              count(distinct case when h.status in ('ELIGIBLE', 'TRAINED', 'READY_TO_MATCH', 'MATCHED', 'ACTIVE',
                'COMPLETED') then e.id end),
              count(distinct case when h.status = 'TRAINED' then e.id end),
              count(distinct case when h.status in ('MATCHED', 'ACTIVE', 'COMPLETED') then e.id end),
              count(distinct case when h.status in ('ACTIVE', 'COMPLETED') then e.id end),
              count(distinct case when h.status = 'COMPLETED' then e.id end)
            from enrolment e left join enrolment_status_change h on h.enrolment_id = e.id
            where e.programme_id = ? group by e.role""";
    private static final String FORMER_FIRST = "select e.id, min(h.changed_at) from enrolment e "
            + "join enrolment_status_change h on h.enrolment_id = e.id where e.programme_id = ? and e.role = 'MENTOR' "
            + "and h.status = ? group by e.id";
    private static final String STORED = "select id, reached_eligible_at, reached_trained_at, reached_matched_at, "
            + "reached_active_at, reached_completed_at from enrolment where programme_id = ? order by id";

    @Autowired
    ParticipantFixture participants;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    EnrolmentRepository repository;
    @Autowired
    ParticipantCounts counts;
    @Autowired
    ParticipantQueries queries;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    @Test
    void theStoredStepsEqualTheHistoryAndTheBackfillEqualsTheEntities() throws Exception {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long cohort = setup.cohortId();
        var ready = new java.util.ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            ready.add(participants.ready(TestUsers.COORDINATOR, cohort, ParticipantRole.MENTOR, 1, setup.siteId(),
                    ParticipantMother.profile()));
            ready.add(participants.ready(TestUsers.COORDINATOR, cohort, ParticipantRole.MENTEE, 1, null,
                    ParticipantMother.profile()));
        }
        participants.eligibleMentor(TestUsers.COORDINATOR, cohort, setup.siteId());
        long leaving = participants.eligibleMentor(TestUsers.COORDINATOR, cohort, null);
        participants.mentorAfterIntake(TestUsers.COORDINATOR, cohort, null);
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            enrolments.withdraw(leaving, "moved away");
            enrolments.withdraw(ready.get(7), "no time");
            return null;
        });
        // matched, active, back in the pool, matched again, completed: as the duo module moves them
        Instant t = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        step(ready.get(0), e -> e.matched(t));
        step(ready.get(1), e -> e.matched(t.plusSeconds(60)));
        step(ready.get(0), e -> e.activate(t.plusSeconds(3_600)));
        step(ready.get(1), e -> e.activate(t.plusSeconds(3_600)));
        step(ready.get(0), e -> e.returnToPool("ended early", t.plusSeconds(86_400)));
        step(ready.get(0), e -> e.matched(t.plusSeconds(2 * 86_400)));
        step(ready.get(1), e -> e.complete(t.plusSeconds(90 * 86_400)));
        step(ready.get(2), e -> e.matched(t));

        long programme = setup.programmeId();
        Map<ParticipantRole, List<Long>> former = new HashMap<>();
        jdbc.query(FORMER_REACH, rs -> {
            former.put(ParticipantRole.valueOf(rs.getString(1)), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getLong(7)));
        }, programme);
        var reach = counts.reach(programme, null, null, null, null);
        for (var r : reach) {
            assertThat(List.of(r.applied(), r.eligible(), r.trained(), r.matched(), r.active(), r.completed()))
                    .as(r.role().name()).isEqualTo(former.get(r.role()));
        }
        assertThat(former.get(ParticipantRole.MENTOR)).containsExactly(7L, 6L, 4L, 2L, 1L, 0L);
        assertThat(former.get(ParticipantRole.MENTEE)).containsExactly(4L, 4L, 0L, 1L, 1L, 1L);

        assertThat(queries.mentorsFirstReached(programme, FunnelStep.TRAINED)).isEqualTo(first(programme, "TRAINED"))
                .hasSize(4);
        assertThat(queries.mentorsFirstReached(programme, FunnelStep.MATCHED)).isEqualTo(first(programme, "MATCHED"))
                .containsEntry(ready.get(0), t).hasSize(2);

        var kept = jdbc.queryForList(STORED, programme);
        jdbc.update("update enrolment set reached_eligible_at = null, reached_trained_at = null, "
                + "reached_matched_at = null, reached_active_at = null, reached_completed_at = null");
        String migration = new ClassPathResource("db/migration/V39__funnel_reached.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.update(migration.substring(migration.indexOf("update enrolment set")).replace(";", ""));
        assertThat(jdbc.queryForList(STORED, programme)).isEqualTo(kept);
    }

    private Map<Long, Instant> first(long programme, String status) {
        var found = new HashMap<Long, Instant>();
        jdbc.query(FORMER_FIRST, rs -> {
            found.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }, programme, status);
        return found;
    }

    private void step(long enrolmentId, java.util.function.Consumer<Enrolment> change) {
        transactions.executeWithoutResult(s -> change.accept(repository.findById(enrolmentId).orElseThrow()));
    }
}
