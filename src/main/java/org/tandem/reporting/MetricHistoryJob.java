package org.tandem.reporting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node at a time: closes the month just ended in every programme's target history (in effect
 * monthly: after the first run of a month there is nothing left to close; a day missed is caught up the next day).
 * Switched off with {@code tandem.reporting.history.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tandem.reporting.history.enabled", havingValue = "true", matchIfMissing = true)
class MetricHistoryJob {

    private static final Logger log = LoggerFactory.getLogger(MetricHistoryJob.class);

    private final MetricHistory history;

    MetricHistoryJob(MetricHistory history) {
        this.history = history;
    }

    @Scheduled(cron = "${tandem.reporting.history.cron:0 15 1 * * *}")
    @SchedulerLock(name = "metric-history", lockAtMostFor = "PT30M")
    public void run() {
        int closed = history.closeLastMonth();
        if (closed > 0) {
            log.info("Closed last month's target values of {} programme(s)", closed);
        }
    }
}
