package org.tandem;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every application table of the test's database: before each class, and before each method that carries
 * {@link CleanDatabase} itself. One statement on PostgreSQL ({@code TRUNCATE ... CASCADE}); on H2, which has no
 * cascading truncate, referential integrity is switched off for the few milliseconds it takes.
 */
public class CleanDatabaseExtension implements BeforeAllCallback, BeforeEachCallback {

    /** Not data: the migration history, and the data version (which only grows, so that no kept value outlives a clean). */
    static final Set<String> NOT_EMPTIED = Set.of("flyway_schema_history", "data_version");
    private static final Duration QUIET_WAIT = Duration.ofSeconds(30);

    /** Plain tables as H2 ("BASE TABLE") and PostgreSQL name them; not views, nor Hibernate's temporary tables. */
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    /** The tables of each database (the schema does not change once Flyway migrated it at context start). */
    private static final Map<DataSource, List<String>> TABLES = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        clean(SpringExtension.getApplicationContext(context));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (AnnotatedElementUtils.hasAnnotation(context.getRequiredTestMethod(), CleanDatabase.class)) {
            clean(SpringExtension.getApplicationContext(context));
        }
    }

    static void clean(ApplicationContext application) throws SQLException, InterruptedException {
        awaitQuiet(application);
        DataSource dataSource = application.getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = TABLES.computeIfAbsent(dataSource, d -> tables(connection));
            if (tables.isEmpty()) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                statement.execute("truncate table " + String.join(", ", tables) + " cascade");
            } else {
                statement.execute("set referential_integrity false");
                try {
                    for (String table : tables) {
                        statement.execute("truncate table " + table);
                    }
                } finally {
                    statement.execute("set referential_integrity true");
                }
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String> tables(Connection connection) {
        try (var rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                null)) {
            var names = new ArrayList<String>();
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (TABLE_TYPES.contains(rows.getString("TABLE_TYPE")) && !NOT_EMPTIED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of the test database", e);
        }
    }

    /**
     * Work the previous class started in the background (asynchronous event listeners) finishes first, so that it
     * cannot write into the next class's empty database.
     */
    private static void awaitQuiet(ApplicationContext application) throws InterruptedException {
        for (var executor : application.getBeansOfType(ThreadPoolTaskExecutor.class).values()) {
            ThreadPoolExecutor pool;
            try {
                pool = executor.getThreadPoolExecutor();
            } catch (IllegalStateException notStarted) {
                continue;
            }
            long deadline = System.nanoTime() + QUIET_WAIT.toNanos();
            while ((pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }
}
