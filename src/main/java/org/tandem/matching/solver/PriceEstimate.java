package org.tandem.matching.solver;

/**
 * Mentor prices guessed from cheap statistics, in tenths of a score point: a mentor's mean score over its allowed
 * pairs estimates its overall appeal; mentors are filled from the most appealing down until there is a place for
 * every mentee, and each is priced at its mean above that margin's mean (mentors beyond the margin are free). On
 * instances where every mentor has an appeal that dominates the score, these prices are close to the optimal dual
 * prices, so after price each mentee's best partners are few and near-uniform. They only choose candidate pairs:
 * exactness never depends on them.
 */
final class PriceEstimate {
    static final long SAMPLE = 1200;
    static final long ROUGH = 100;

    final int[] price10;
    /** Places at mentors whose price stands out from the noise of their mean (over three standard errors). */
    final long pricedPlaces;
    /** Share of the scores' variance that the mentors' means explain. */
    final double mentorShare;

    private PriceEstimate(int[] price10, long pricedPlaces, double mentorShare) {
        this.price10 = price10;
        this.pricedPlaces = pricedPlaces;
        this.mentorShare = mentorShare;
    }

    /** About this many pairs per mentor are read: plenty for prices to pick candidates. */
    static PriceEstimate of(Instance in) {
        return of(in, SAMPLE);
    }

    /** A rough estimate from about {@code perMentor} pairs per mentor, enough to tell whether appeal dominates. */
    static PriceEstimate of(Instance in, long perMentor) {
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        long[] sum = new long[nM];
        long[] sumSq = new long[nM];
        int[] count = new int[nM];
        int[] adjMentor = in.pairMentor;
        int[] adjScore = in.pairScore;
        // every stride-th mentee's row
        int[] rowStart = in.rowStart;
        long stride = Math.max(1, in.pairCount() / (perMentor * Math.max(1L, nM)));
        for (int e = 0; e < nE; e += (int) stride) {
            for (int p = rowStart[e], to = rowStart[e + 1]; p < to; p++) {
                int j = adjMentor[p];
                int s = adjScore[p];
                sum[j] += s;
                sumSq[j] += s * s;
                count[j]++;
            }
        }
        int[] mean10 = new int[nM];
        long[] placesAt = new long[10 * Instance.MAX_SCORE + 1];
        for (int j = 0; j < nM; j++) {
            mean10[j] = count[j] == 0 ? 0 : (int) (10 * sum[j] / count[j]);
            placesAt[mean10[j]] += Math.min(in.capacity(j), nE);
        }
        int margin = 0;
        long places = 0;
        for (int b = placesAt.length - 1; b >= 0; b--) {
            places += placesAt[b];
            if (places >= nE) {
                margin = b;
                break;
            }
        }
        long n = 0;
        double total = 0;
        double totalSq = 0;
        for (int j = 0; j < nM; j++) {
            n += count[j];
            total += sum[j];
            totalSq += sumSq[j];
        }
        double grand = n == 0 ? 0 : total / n;
        double between = 0;
        for (int j = 0; j < nM; j++) {
            if (count[j] > 0) {
                double d = sum[j] / (double) count[j] - grand;
                between += count[j] * d * d;
            }
        }
        double totalVariance = n == 0 ? 0 : totalSq / n - grand * grand;
        double share = totalVariance <= 0 ? 0 : between / n / totalVariance;
        int[] price10 = new int[nM];
        long priced = 0;
        for (int j = 0; j < nM; j++) {
            price10[j] = Math.max(0, mean10[j] - margin);
            if (count[j] > 1 && price10[j] > 0) {
                double mean = sum[j] / (double) count[j];
                double variance = Math.max(0, sumSq[j] / (double) count[j] - mean * mean);
                double standardError10 = 10 * Math.sqrt(variance / count[j]);
                if (price10[j] > 3 * standardError10) {
                    priced += Math.min(in.capacity(j), nE);
                }
            }
        }
        return new PriceEstimate(price10, priced, share);
    }

    /**
     * Whether the mentors' appeal dominates the scores (their means explain most of the variance) across many places,
     * so that successive shortest paths would have to raise prices step by step. A few very popular mentors (many
     * mentees' best, few places) do not count: the searches handle them quickly.
     */
    boolean appealDominates(Instance in) {
        return mentorShare >= 0.5 && pricedPlaces * 4 >= in.menteeCount();
    }
}
