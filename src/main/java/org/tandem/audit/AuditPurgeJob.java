package org.tandem.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node at a time: deletes the audit entries older than tandem.audit.retention. Switched off with
 * {@code tandem.audit.purge.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tandem.audit.purge.enabled", havingValue = "true", matchIfMissing = true)
class AuditPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeJob.class);

    private final AuditLog audit;

    AuditPurgeJob(AuditLog audit) {
        this.audit = audit;
    }

    @Scheduled(cron = "${tandem.audit.purge.cron:0 40 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "audit-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void run() {
        int purged = audit.purge();
        if (purged > 0) {
            log.info("Purged {} audit entries older than {}", purged, audit.retention());
        }
    }
}
