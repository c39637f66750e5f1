package org.tandem.participant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases, once a day on one node, the person records whose programme's retention term passed (see
 * {@link RetentionService}); off with {@code tandem.retention.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tandem.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${tandem.retention.cron:0 30 2 * * *}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void run() {
        int erased = retention.run();
        if (erased > 0) {
            log.info("retention: {} person records erased", erased);
        }
    }
}
