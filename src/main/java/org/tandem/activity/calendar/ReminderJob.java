package org.tandem.activity.calendar;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the reminders for tomorrow's activities once a day, on one node at a time. Switched off with
 * {@code tandem.calendar.reminders.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tandem.calendar.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${tandem.calendar.reminders.cron:0 0 9 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "calendar-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void run() {
        int queued = reminders.sendForTomorrow();
        if (queued > 0) {
            log.info("Queued {} activity reminder(s) for tomorrow", queued);
        }
    }
}
