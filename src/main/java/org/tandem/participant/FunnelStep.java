package org.tandem.participant;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a programme's funnel after applying, each reached when an enrolment first took one of its statuses. A
 * step reached means every step before it counts too (an eligible mentee goes to ready-to-match without training).
 * An enrolment keeps when it first reached each step, so that the funnel counts enrolments instead of reading their
 * whole status history.
 */
public enum FunnelStep {
    ELIGIBLE(EnumSet.of(EnrolmentStatus.ELIGIBLE, EnrolmentStatus.TRAINED, EnrolmentStatus.READY_TO_MATCH,
            EnrolmentStatus.MATCHED, EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)),
    TRAINED(EnumSet.of(EnrolmentStatus.TRAINED)),
    MATCHED(EnumSet.of(EnrolmentStatus.MATCHED, EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)),
    ACTIVE(EnumSet.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)),
    COMPLETED(EnumSet.of(EnrolmentStatus.COMPLETED));

    private final Set<EnrolmentStatus> statuses;

    FunnelStep(Set<EnrolmentStatus> statuses) {
        this.statuses = statuses;
    }

    /** Whether taking this status reaches the step. */
    public boolean reachedBy(EnrolmentStatus status) {
        return statuses.contains(status);
    }
}
