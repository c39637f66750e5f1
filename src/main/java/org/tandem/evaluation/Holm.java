package org.tandem.evaluation;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values compared together (no well-kept Java library offers it). */
final class Holm {

    private Holm() {
    }

    /** Adjusted p-values in the order given; a null (no test possible) stays null and does not count. */
    static Double[] adjust(Double[] p) {
        Integer[] tested = java.util.stream.IntStream.range(0, p.length).filter(i -> p[i] != null).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(tested, Comparator.comparingDouble(i -> p[i]));
        int m = tested.length;
        Double[] adjusted = new Double[p.length];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = tested[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
