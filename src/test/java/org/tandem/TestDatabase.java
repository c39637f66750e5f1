package org.tandem;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A test run starts on a schema that this code's migrations made, on H2 and on the PostgreSQL pass alike: the first
 * context to start on a database cleans and migrates it (a PostgreSQL database may hold an older run's schema and
 * rows); later contexts on the same database only migrate. The rows themselves belong to each test class, which
 * empties the tables first ({@link CleanDatabase}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("test")
public class TestDatabase {

    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayMigrationStrategy cleanOncePerDatabase() {
        return flyway -> {
            if (CLEANED.add(database(flyway.getConfiguration()))) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    private static String database(Configuration configuration) {
        try (var connection = configuration.getDataSource().getConnection()) {
            return connection.getMetaData().getURL() + " " + String.join(",", configuration.getSchemas()) + " "
                    + configuration.getDefaultSchema();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test database", e);
        }
    }
}
