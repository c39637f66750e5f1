package org.tandem.programme;

/** How a target's threshold is read. */
public enum Comparator {
    AT_LEAST, AT_MOST;

    public boolean isMet(double value, int threshold) {
        return this == AT_LEAST ? value >= threshold : value <= threshold;
    }

    public String symbol() {
        return this == AT_LEAST ? "≥" : "≤";
    }
}
