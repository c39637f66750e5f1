package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTests {

    @Test
    void connectionFailuresAreOutagesWhereverTheyAreWrapped() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection", pool))).isTrue();
        assertThat(DatabaseOutage.causedBy(new DataAccessResourceFailureException("down"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new org.hibernate.exception.JDBCConnectionException("refused", new SQLException("refused", "08001")))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("listener",
                new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new InternalAuthenticationServiceException("lookup failed", pool))).isTrue();
        // PostgreSQL shutting down: terminating connection due to administrator command
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("starting up", "57P03")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new ObjectOptimisticLockingFailureException(Object.class, 1L))).isFalse();
        assertThat(DatabaseOutage.causedBy(new CannotAcquireLockException("deadlock",
                new SQLException("deadlock detected", "40P01")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }
}
