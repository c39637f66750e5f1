package org.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several nodes run the same schedules: every scheduled job takes a ShedLock lock, and a daily (cron) job keeps it for
 * a few minutes after it finished, so that a node whose clock is a few seconds behind finds it taken and does not run
 * the day's job a second time. The lock itself is checked on this test's database (H2, or PostgreSQL in that pass).
 */
@IntegrationTest
class ScheduledJobsTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tandem");

    @Autowired
    LockProvider locks;

    @Test
    void everyScheduledJobRunsOnOneNodeAtATime() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("with several nodes each would run it otherwise").check(CLASSES);
    }

    @Test
    void dailyJobsHoldTheirLockForMinutesAfterTheyRan() {
        methods().that().areAnnotatedWith(Scheduled.class).should(holdTheLockForAMinuteWhenCronDriven())
                .check(CLASSES);
    }

    @Test
    void aReleasedLockStaysTakenUntilItsLeastTimeHasPassed() {
        String name = "test-" + UUID.randomUUID();
        var config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(30), Duration.ofMinutes(5));

        var first = locks.lock(config);
        assertThat(first).as("the first node takes the lock").isPresent();
        assertThat(locks.lock(config)).as("the second node, while the first runs").isEmpty();
        first.get().unlock();

        assertThat(locks.lock(config)).as("the second node, right after the first finished").isEmpty();
        var other = new LockConfiguration(Instant.now(), name + "-other", Duration.ofMinutes(30), Duration.ZERO);
        var released = locks.lock(other);
        assertThat(released).isPresent();
        released.get().unlock();
        assertThat(locks.lock(other)).as("a lock without a least time is free once released").isPresent();
    }

    private static ArchCondition<JavaMethod> holdTheLockForAMinuteWhenCronDriven() {
        return new ArchCondition<>("hold the lock for at least a minute when cron-driven") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var scheduled = method.getAnnotationOfType(Scheduled.class);
                if (scheduled.cron().isEmpty() || !method.isAnnotatedWith(SchedulerLock.class)) {
                    return;
                }
                String least = method.getAnnotationOfType(SchedulerLock.class).lockAtLeastFor();
                boolean ok = !least.isEmpty() && Duration.parse(least).compareTo(Duration.ofMinutes(1)) >= 0;
                events.add(new SimpleConditionEvent(method, ok,
                        method.getFullName() + " holds its lock at least " + (least.isEmpty() ? "0" : least)));
            }
        };
    }
}
