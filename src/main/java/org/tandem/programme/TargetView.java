package org.tandem.programme;

/** A target with its current value; {@code current} is null while no module measures the metric. */
public record TargetView(long id, Metric metric, Comparator comparator, int threshold, Double current) {

    public boolean measured() {
        return current != null;
    }

    public boolean met() {
        return current != null && comparator.isMet(current, threshold);
    }
}
