package org.tandem.duo;

import java.time.LocalDate;
import java.util.List;

/**
 * A duo's way through its programme's stage plan: each stage reached, skipped, the next one, or later; whether the
 * viewer may record the next stage now.
 */
public record StagePlan(long duoId, List<Line> stages, Long nextStageId, boolean mayRecord) {

    public enum Status {
        REACHED, SKIPPED, NEXT, LATER
    }

    public record Line(long stageId, int position, String name, String description, Status status,
            LocalDate reachedOn, String note, String skipReason, String recordedBy) {
    }

    /** How many stages are reached or skipped. */
    public long done() {
        return stages.stream().filter(l -> l.status() == Status.REACHED || l.status() == Status.SKIPPED).count();
    }
}
