package org.tandem;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Every test JVM starts on an empty schema, on H2 and on the PostgreSQL pass alike: the first context to start
 * cleans and migrates; later contexts in the same JVM only migrate, so they share what the first one saw.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("test")
public class TestDatabase {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOncePerRun() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
