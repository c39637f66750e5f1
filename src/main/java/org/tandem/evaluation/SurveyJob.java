package org.tandem.evaluation;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node at a time: waves open and close by their dates, people whose own window began are invited,
 * reminders go to whoever has not answered (see {@link WaveService#daily}). Switched off with
 * {@code tandem.surveys.daily.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tandem.surveys.daily.enabled", havingValue = "true", matchIfMissing = true)
class SurveyJob {

    private static final Logger log = LoggerFactory.getLogger(SurveyJob.class);

    private final WaveService waves;
    private final Clock clock;

    SurveyJob(WaveService waves, Clock clock) {
        this.waves = waves;
        this.clock = clock;
    }

    @Scheduled(cron = "${tandem.surveys.daily.cron:0 30 7 * * *}")
    @SchedulerLock(name = "survey-daily", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void run() {
        int mails = waves.daily(Instant.now(clock));
        if (mails > 0) {
            log.info("Queued {} survey invitation(s) and reminder(s)", mails);
        }
    }
}
