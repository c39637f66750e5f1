package org.tandem.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A target with its current value; {@code current} is null while no module measures the metric. */
public record TargetView(long id, Metric metric, Comparator comparator, int threshold, Double current,
        long version) {

    @JsonProperty
    public boolean measured() {
        return current != null;
    }

    @JsonProperty
    public boolean met() {
        return current != null && comparator.isMet(current, threshold);
    }
}
