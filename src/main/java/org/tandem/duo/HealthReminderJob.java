package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the duos' reminders once a day, on one node at a time. Switched off with
 * {@code tandem.duo.reminders.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tandem.duo.reminders.enabled", havingValue = "true", matchIfMissing = true)
class HealthReminderJob {

    private static final Logger log = LoggerFactory.getLogger(HealthReminderJob.class);

    private final HealthService health;
    private final Clock clock;

    HealthReminderJob(HealthService health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @Scheduled(cron = "${tandem.duo.reminders.cron:0 0 8 * * *}")
    @SchedulerLock(name = "duo-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void run() {
        int sent = health.sendReminders(Instant.now(clock));
        if (sent > 0) {
            log.info("Queued {} duo reminder(s)", sent);
        }
    }
}
