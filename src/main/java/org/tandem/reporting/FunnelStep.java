package org.tandem.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One step of a funnel: how many people reached it, and the percentage of the previous step's people who did not
 * ({@code null} for the first step, or when the previous step had nobody).
 */
public record FunnelStep(FunnelStepKind step, long count, Double lostShare) {

    /** The steps in order with the share lost at each; a step that counts more than the one before lost nobody. */
    static List<FunnelStep> of(Map<FunnelStepKind, Long> counts) {
        var steps = new ArrayList<FunnelStep>();
        Long previous = null;
        for (FunnelStepKind kind : FunnelStepKind.values()) {
            Long count = counts.get(kind);
            if (count == null) {
                continue;
            }
            Double lost = previous == null || previous == 0 ? null
                    : Math.round(1000.0 * Math.max(0, previous - count) / previous) / 10.0;
            steps.add(new FunnelStep(kind, count, lost));
            previous = count;
        }
        return List.copyOf(steps);
    }
}
