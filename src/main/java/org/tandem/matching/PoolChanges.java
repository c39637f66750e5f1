package org.tandem.matching;

import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentStatusChanged;

/**
 * A run is made from the pool as it was. When somebody in an unpublished run changes status (withdrawn, matched by
 * another run, back in the pool), the run is marked out of date: the review page says so and publishing it is
 * refused until it is run again.
 */
@Component
class PoolChanges {

    private final MatchingRunRepository runs;
    private final Clock clock;

    PoolChanges(MatchingRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EnrolmentStatusChanged changed) {
        Instant now = Instant.now(clock);
        runs.findByCohortIdAndPublishedAtIsNullAndOutdatedAtIsNull(changed.cohortId())
                .forEach(run -> run.outdate(changed.enrolmentId(), now));
    }
}
