package org.tandem.programme.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;

/** A target; a change carries the target's version as read (optional in the API). */
record TargetForm(@NotNull Metric metric, @NotNull Comparator comparator,
        @NotNull @Min(0) @Max(1000000) Integer threshold, Long version) {

    static TargetForm empty() {
        return new TargetForm(Metric.EMPLOYERS_COMMITTED, Comparator.AT_LEAST, null, null);
    }
}
