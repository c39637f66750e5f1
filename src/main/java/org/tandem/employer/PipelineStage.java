package org.tandem.employer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an employer stands in the recruitment for one programme. Each step goes one stage forward; declining
 * (with a reason) is possible from every stage that is not final.
 */
public enum PipelineStage {
    PROSPECT, CONTACTED, INTERESTED, COMMITTED, ACTIVE, ENDED, DECLINED;

    public Set<PipelineStage> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(CONTACTED, DECLINED);
            case CONTACTED -> EnumSet.of(INTERESTED, DECLINED);
            case INTERESTED -> EnumSet.of(COMMITTED, DECLINED);
            case COMMITTED -> EnumSet.of(ACTIVE, DECLINED);
            case ACTIVE -> EnumSet.of(ENDED, DECLINED);
            case ENDED, DECLINED -> EnumSet.noneOf(PipelineStage.class);
        };
    }

    public boolean isFinal() {
        return this == ENDED || this == DECLINED;
    }

    /** Committed or active: counts toward the programme's employer targets and may nominate mentors. */
    public boolean isCommitted() {
        return this == COMMITTED || this == ACTIVE;
    }

    static final Set<PipelineStage> COMMITTED_STAGES = EnumSet.of(COMMITTED, ACTIVE);
}
