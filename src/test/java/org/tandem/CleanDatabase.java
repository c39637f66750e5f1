package org.tandem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class starts on an empty database: every application table of the test's Spring context is emptied
 * before the class (Flyway's history stays, so is the schema). On a test method as well, it empties the tables
 * again before that method, for a test that counts what the whole application did (a job over all duos).
 * <p>
 * {@link IntegrationTest} carries it; any other Spring test (a slice, an {@code @ApplicationModuleTest}, a
 * {@code @SpringBootTest} with its own properties) gets its own data by adding it next to its Spring annotation.
 * Users the test signs in as are then created in each class again ({@link TestUsers#ensure()}). Sequences go on
 * counting: Hibernate hands out ids from blocks it holds in memory, so restarting them could repeat ids.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CleanDatabaseExtension.class)
public @interface CleanDatabase {
}
