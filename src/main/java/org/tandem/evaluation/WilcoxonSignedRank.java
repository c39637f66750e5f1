package org.tandem.evaluation;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Wilcoxon's signed-rank test on paired differences, two-sided. Zero differences are dropped (Wilcoxon's method);
 * the exact null distribution is used when at most {@value #EXACT_LIMIT} non-zero differences remain and no two
 * absolute differences tie, otherwise the normal approximation with tie correction and no continuity correction.
 * <p>
 * Written here rather than taken from Hipparchus: its {@code WilcoxonSignedRankTest} enumerates all 2<sup>n</sup>
 * sign patterns for the exact p-value (so it refuses n &gt; 30) and its normal approximation applies a continuity
 * correction and no tie correction, which is not the method Tandem states. The exact distribution here is the
 * classic count of subsets of {1..n} per rank sum, O(n<sup>3</sup>).
 */
public final class WilcoxonSignedRank {

    static final int EXACT_LIMIT = 50;

    public enum Method { EXACT, NORMAL }

    /** {@code p} and {@code method} are null when no non-zero difference is left. */
    record Result(double wPlus, double wMinus, int nonZero, Double p, Method method, Double rankBiserial) {
    }

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private WilcoxonSignedRank() {
    }

    static Result test(double[] differences) {
        double[] nonZero = Arrays.stream(differences).filter(d -> d != 0).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return new Result(0, 0, 0, null, null, null);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(nonZero[a]), Math.abs(nonZero[b])));
        double[] ranks = new double[n];
        double tieCorrection = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            double value = Math.abs(nonZero[order[start]]);
            while (end + 1 < n && Math.abs(nonZero[order[end + 1]]) == value) {
                end++;
            }
            double averageRank = (start + end + 2) / 2.0;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = averageRank;
            }
            double tied = end - start + 1;
            tieCorrection += tied * tied * tied - tied;
            start = end + 1;
        }
        double wPlus = 0;
        double wMinus = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                wPlus += ranks[i];
            } else {
                wMinus += ranks[i];
            }
        }
        double rankBiserial = (wPlus - wMinus) / (wPlus + wMinus);
        boolean ties = tieCorrection > 0;
        if (n <= EXACT_LIMIT && !ties) {
            return new Result(wPlus, wMinus, n, exactP(n, (int) wPlus), Method.EXACT, rankBiserial);
        }
        double mean = n * (n + 1) / 4.0;
        double sd = Math.sqrt((n * (n + 1.0) * (2.0 * n + 1.0) - tieCorrection / 2) / 24);
        double p = sd == 0 ? 1.0 : 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs((wPlus - mean) / sd));
        return new Result(wPlus, wMinus, n, Math.min(1.0, p), Method.NORMAL, rankBiserial);
    }

    /** Two-sided: twice the smaller tail of the exact distribution of W+ at the observed value, at most 1. */
    static double exactP(int n, int wPlus) {
        int max = n * (n + 1) / 2;
        long[] count = new long[max + 1];
        count[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int sum = max; sum >= rank; sum--) {
                count[sum] += count[sum - rank];
            }
        }
        double total = Math.pow(2, n);
        long lower = 0;
        for (int sum = 0; sum <= wPlus; sum++) {
            lower += count[sum];
        }
        long upper = 0;
        for (int sum = wPlus; sum <= max; sum++) {
            upper += count[sum];
        }
        return Math.min(1.0, 2 * Math.min(lower, upper) / total);
    }
}
