package org.tandem.evaluation;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.inference.TTest;

/**
 * Before/after of the same people: complete pairs only, differences are after − before; the paired t-test with its
 * 95% interval and effect size d<sub>z</sub>, and Wilcoxon's signed-rank test with the rank-biserial correlation.
 * Figures that are not defined (fewer than two pairs; no variation in the changes) are null, never NaN or infinite.
 */
public record PairedComparison(int n, int missing, Double meanBefore, Double meanAfter, Double meanChange,
        Double sdChange, Double t, Integer df, Double pT, Double ciLow, Double ciHigh, Double dz,
        double wPlus, double wMinus, int nonZero, Double pWilcoxon, WilcoxonSignedRank.Method wilcoxonMethod,
        Double rankBiserial, String note) {

    static final String NO_VARIATION = "no variation: every change is the same, so t, p and d_z are not defined";
    static final String TOO_FEW = "fewer than two complete pairs";

    /** {@code before[i]} and {@code after[i]} belong to one person; a null on either side makes the pair missing. */
    static PairedComparison of(Double[] before, Double[] after) {
        int complete = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != null && after[i] != null) {
                complete++;
            }
        }
        double[] b = new double[complete];
        double[] a = new double[complete];
        double[] d = new double[complete];
        for (int i = 0, j = 0; i < before.length; i++) {
            if (before[i] != null && after[i] != null) {
                b[j] = before[i];
                a[j] = after[i];
                d[j] = after[i] - before[i];
                j++;
            }
        }
        int missing = before.length - complete;
        var wilcoxon = WilcoxonSignedRank.test(d);
        if (complete == 0) {
            return new PairedComparison(0, missing, null, null, null, null, null, null, null, null, null, null,
                    0, 0, 0, null, null, null, TOO_FEW);
        }
        double meanBefore = mean(b);
        double meanAfter = mean(a);
        double meanChange = mean(d);
        if (complete < 2) {
            return new PairedComparison(complete, missing, meanBefore, meanAfter, meanChange, null, null, null, null,
                    null, null, null, wilcoxon.wPlus(), wilcoxon.wMinus(), wilcoxon.nonZero(), wilcoxon.p(),
                    wilcoxon.method(), wilcoxon.rankBiserial(), TOO_FEW);
        }
        double sd = Math.sqrt(Reliability.variance(d));
        int df = complete - 1;
        if (sd == 0) {
            return new PairedComparison(complete, missing, meanBefore, meanAfter, meanChange, 0.0, null, df, null,
                    null, null, null, wilcoxon.wPlus(), wilcoxon.wMinus(), wilcoxon.nonZero(),
                    wilcoxon.p(), wilcoxon.method(), wilcoxon.rankBiserial(), NO_VARIATION);
        }
        double halfWidth = new TDistribution(df).inverseCumulativeProbability(0.975) * sd / Math.sqrt(complete);
        var tTest = new TTest();
        double t = tTest.pairedT(a, b);
        double pT = tTest.pairedTTest(a, b);
        return new PairedComparison(complete, missing, meanBefore, meanAfter, meanChange, sd, t, df, pT,
                meanChange - halfWidth, meanChange + halfWidth, meanChange / sd, wilcoxon.wPlus(), wilcoxon.wMinus(),
                wilcoxon.nonZero(), wilcoxon.p(), wilcoxon.method(), wilcoxon.rankBiserial(), null);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
