package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;

/** What every integration test relies on: it starts on empty tables, with the schema and its history in place. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleanDatabaseTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    /** Rows per table of the schema in use, as the database's own catalogue lists them. */
    private Map<String, Integer> rows() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema and table_type = 'BASE TABLE'", String.class);
        var rows = new TreeMap<String, Integer>();
        for (String table : tables) {
            rows.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return rows;
    }

    private void assertEmptyButTheHistory() {
        var rows = rows();
        assertThat(rows).containsKeys("user_account", "programme", "enrolment", "duo", "outbox_message",
                "event_publication");
        assertThat(rows.remove("flyway_schema_history")).isPositive();
        // the data version's one row stays, raised by the cleaning itself
        assertThat(rows.remove("data_version")).isEqualTo(1);
        assertThat(rows).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
    }

    @Test
    @Order(1)
    void theClassStartsOnEmptyTables() {
        assertEmptyButTheHistory();
    }

    @Test
    @Order(2)
    void aTestLeavesRowsBehind() {
        users.ensure();
        accounts.callAs(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        assertThat(rows()).containsEntry("programme", 1).containsEntry("user_account", 5);
    }

    @Test
    @Order(3)
    @CleanDatabase
    void aMethodThatCarriesTheAnnotationStartsOnEmptyTablesToo() {
        assertEmptyButTheHistory();
    }
}
