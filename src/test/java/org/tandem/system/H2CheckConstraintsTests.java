package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps its CHECK (x IN (...)) constraints working after the connection that made them closed,
 * as it does when the connection pool retires the connection Flyway migrated with (H2 2.4.240 failed here with
 * "Check constraint invalid": h2database issues 4302 and 4308).
 */
class H2CheckConstraintsTests {

    @Test
    void aConstraintMadeOnAClosedConnectionStillChecks() throws Exception {
        String url = "jdbc:h2:mem:check-constraints;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("create table sample (id int primary key, status varchar(10) not null, "
                    + "constraint ck_sample_status check (status in ('QUEUED', 'SENT')))");
        }
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            assertThatCode(() -> statement.execute("insert into sample values (1, 'SENT')")).doesNotThrowAnyException();
            assertThatCode(() -> statement.execute("insert into sample values (2, 'LOST')"))
                    .hasMessageContaining("ck_sample_status").hasMessageNotContaining("invalid");
            statement.execute("drop table sample");
        }
    }
}
