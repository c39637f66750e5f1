package org.tandem.evaluation;

/** Cronbach's alpha of a scale's items (already reverse-coded), over respondents who answered every item. */
final class Reliability {

    /** {@code alpha} is null when it is not defined: fewer than two items or respondents, or no variance at all. */
    record Alpha(int n, int k, Double alpha) {
    }

    private Reliability() {
    }

    static Alpha cronbach(double[][] rows) {
        int n = rows.length;
        int k = n == 0 ? 0 : rows[0].length;
        if (n < 2 || k < 2) {
            return new Alpha(n, k, null);
        }
        double itemVariances = 0;
        for (int item = 0; item < k; item++) {
            double[] column = new double[n];
            for (int r = 0; r < n; r++) {
                column[r] = rows[r][item];
            }
            itemVariances += variance(column);
        }
        double[] totals = new double[n];
        for (int r = 0; r < n; r++) {
            double total = 0;
            for (double value : rows[r]) {
                total += value;
            }
            totals[r] = total;
        }
        double totalVariance = variance(totals);
        if (totalVariance == 0) {
            return new Alpha(n, k, null);
        }
        return new Alpha(n, k, k / (k - 1.0) * (1 - itemVariances / totalVariance));
    }

    /** Sample variance (n − 1), two-pass for accuracy. */
    static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }
}
