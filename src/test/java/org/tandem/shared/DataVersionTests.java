package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.TargetView;

@IntegrationTest
class DataVersionTests {

    @Autowired
    DataVersion version;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EntityManager entities;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    TestUsers users;

    @Autowired
    DuoFixture duos;

    long programmeId;

    @BeforeEach
    void aProgramme() {
        users.ensure();
        programmeId = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
    }

    @Test
    void aTransactionThatWritesThroughHibernateRaisesTheVersionOnceAsItCommits() {
        long before = version.current();
        // several inserts (programme, the coordinator's assignment) in one transaction
        accounts.callAs(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        assertThat(version.current()).isEqualTo(before + 1);
    }

    @Test
    void aReadRaisesNothing() {
        long before = version.current();
        accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(programmeId));
        jdbc.queryForObject("select count(*) from programme", Long.class);
        assertThat(version.current()).isEqualTo(before);
    }

    @Test
    void aRolledBackTransactionRaisesNothing() {
        long before = version.current();
        transaction.executeWithoutResult(status -> {
            jdbc.update("update programme set description = 'changed' where id = ?", programmeId);
            status.setRollbackOnly();
        });
        assertThat(version.current()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select description from programme where id = ?", String.class, programmeId))
                .isNotEqualTo("changed");
    }

    @Test
    void aBulkUpdateAWriteOutsideATransactionAndANativeStatementRaiseItToo() {
        long before = version.current();
        transaction.executeWithoutResult(status -> entities.createQuery(
                "update Programme p set p.description = 'bulk' where p.id = :id").setParameter("id", programmeId)
                .executeUpdate());
        assertThat(version.current()).isEqualTo(before + 1);
        jdbc.update("update programme set description = 'auto-commit' where id = ?", programmeId);
        assertThat(version.current()).isEqualTo(before + 2);
        transaction.executeWithoutResult(status -> entities.createNativeQuery(
                "update programme set description = 'native' where id = " + programmeId).executeUpdate());
        assertThat(version.current()).isEqualTo(before + 3);
    }

    @Test
    void sessionsAndTheJobLockAreNotData() {
        long before = version.current();
        jdbc.update("delete from spring_session where primary_id = 'none'");
        jdbc.update("delete from shedlock where name = 'none'");
        assertThat(version.current()).isEqualTo(before);
    }

    @Test
    void aKeptValueIsServedUntilTheDataChangesAndNeverInsideAWritingTransaction() {
        DataVersion.Kept<String, Integer> kept = version.keep(10);
        var computed = new AtomicInteger();
        assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get("other", computed::incrementAndGet)).isEqualTo(2);

        jdbc.update("update programme set description = 'changed' where id = ?", programmeId);
        assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(3);
        assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(3);

        // a writing transaction computes afresh and keeps nothing: it may see its own uncommitted changes
        transaction.executeWithoutResult(status -> {
            assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(4);
            assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(5);
        });
        assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aReadTransactionReadsTheVersionOnceAndIsServedAsOfThen() {
        DataVersion.Kept<String, Integer> kept = version.keep(10);
        var computed = new AtomicInteger();
        var reading = new TransactionTemplate(transaction.getTransactionManager());
        reading.setReadOnly(true);
        var writing = new TransactionTemplate(transaction.getTransactionManager());
        writing.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);

        reading.executeWithoutResult(status -> {
            assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(1);
            // another transaction commits a change meanwhile: this one goes on as of the version it read
            writing.executeWithoutResult(
                    s -> jdbc.update("update programme set description = 'changed' where id = ?", programmeId));
            assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(1);
        });
        // the next one reads the version afresh
        reading.executeWithoutResult(status -> assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(2));
        assertThat(kept.get("k", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aProgrammesTargetFollowsEveryChangeToItsDuos() {
        var world = duos.proposed();
        long p = world.programmeId();
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            programmes.addTarget(p, Metric.DUOS_FORMED, Comparator.AT_LEAST, 1);
            return null;
        });
        assertThat(formed(p)).isEqualTo(0.0);
        assertThat(formed(p)).isEqualTo(0.0);

        duos.confirm(world);
        assertThat(formed(p)).isEqualTo(1.0);

        // a change made with plain SQL (another node, a script) is seen as well
        jdbc.update("update duo set state = 'DECLINED' where id = ?", world.duoId());
        assertThat(formed(p)).isEqualTo(0.0);
    }

    private Double formed(long p) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(p)).targets().stream()
                .filter(t -> t.metric() == Metric.DUOS_FORMED).map(TargetView::current).findFirst().orElseThrow();
    }
}
