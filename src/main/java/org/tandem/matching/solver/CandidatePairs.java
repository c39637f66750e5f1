package org.tandem.matching.solver;

/**
 * Solves on a few candidate partners per mentee, then proves the result for all pairs. Mentor prices (estimated
 * from cheap statistics, {@link PriceEstimate}, or from the coarse phases of an auction) pick, for each mentee, the
 * mentors worth most to it after price; the auction solves on those pairs only, and its exact dual prices are then
 * checked against every allowed pair. A pair the prices do not cover joins the candidates and the auction continues
 * from where it stopped. Returns null if that does not settle within a few rounds.
 */
final class CandidatePairs {
    static final int ROUNDS = 10;
    /** Candidate partners kept per mentee after the coarse auction. */
    static final int PER_MENTEE = 48;
    /** The coarse auction stops at this epsilon, in score points. */
    static final int COARSE_POINTS = 4;
    /** The auction from estimated prices starts at this epsilon, in score points (about the estimate's error). */
    static final int ESTIMATE_POINTS = 2;

    private final Instance in;
    private final int nE;
    private final int[] rowStart;
    private final int[] adjMentor;
    private final int[] adjScore;
    private final boolean[] chosen;
    private final int[] top;
    private final int perMentee;
    private final int[] price10;

    private CandidatePairs(Instance in, int[] price10, int perMentee) {
        this.in = in;
        this.nE = in.menteeCount();
        this.rowStart = in.rowStart;
        this.adjMentor = in.pairMentor;
        this.adjScore = in.pairScore;
        this.chosen = new boolean[in.pairCount()];
        this.perMentee = perMentee;
        this.top = new int[perMentee];
        this.price10 = price10;
    }

    /** Prices from the coarse phases of an auction on all pairs. */
    static Solution solve(Instance in) {
        ScaledAuction coarse = new ScaledAuction(in);
        double[] price = coarse.coarsePrices(COARSE_POINTS);
        if (price == null) {
            return null;
        }
        int[] price10 = new int[price.length];
        for (int j = 0; j < price.length; j++) {
            price10[j] = Double.isInfinite(price[j]) ? Integer.MAX_VALUE / 2 : (int) Math.round(10 * price[j]);
        }
        return new CandidatePairs(in, price10, PER_MENTEE)
                .run(coarse.slotPrices(), coarse.epsilonAfter(COARSE_POINTS));
    }

    /** Candidates after the estimated prices, then the auction from those prices. */
    static Solution solveFromEstimate(Instance in) {
        return solveFromEstimate(in, PriceEstimate.of(in));
    }

    static Solution solveFromEstimate(Instance in, PriceEstimate estimate) {
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        long scale = nE + 1L;
        int[] price10 = estimate.price10.clone();
        int slots = 0;
        for (int j = 0; j < nM; j++) {
            slots += Math.min(in.capacity(j), nE);
        }
        long[] slotPrices = new long[slots];
        int at = 0;
        for (int j = 0; j < nM; j++) {
            int c = Math.min(in.capacity(j), nE);
            long sp = price10[j] * scale / 10;
            for (int k = 0; k < c; k++) {
                slotPrices[at++] = sp;
            }
            if (c == 0) {
                price10[j] = Integer.MAX_VALUE / 2;
            }
        }
        return new CandidatePairs(in, price10, perMentee(in)).run(slotPrices, scale * ESTIMATE_POINTS);
    }

    /**
     * More candidates on longer rows: the estimate's error spans a fixed share of a row's values after price, about
     * one in forty pairs when appeal dominates.
     */
    static int perMentee(Instance in) {
        long avgDegree = in.menteeCount() == 0 ? 0 : in.pairCount() / in.menteeCount();
        return Integer.getInteger("est.k", (int) Math.max(24, Math.min(64, avgDegree / 32)));
    }

    private Solution run(long[] slotPrices, long startEps) {
        for (int e = 0; e < nE; e++) {
            choose(e);
        }
        long big = OptimalityChecker.bigWeight(nE);
        Instance sub = in.withPairs(chosen);
        ScaledAuction auction = new ScaledAuction(sub, slotPrices, startEps);
        Solution s = auction.solve();
        if (s == null) {
            // the auction gave up: the reference method on the candidate pairs
            s = new ShortestAugmentingPaths(sub).solve();
        }
        for (int round = 1; round <= ROUNDS; round++) {
            long[] u = s.menteePotential();
            long[] v = s.mentorPotential();
            int added = 0;
            for (int e = 0; e < nE; e++) {
                added += addUncovered(e, u[e] - big, v);
            }
            if (added == 0) {
                return s;
            }
            // the prices are exact on the candidates: shortest paths from them cover the new pairs too
            sub = in.withPairs(chosen);
            Solution repaired = PriceRepair.repair(sub, s, Math.max(16, nE / 8));
            s = repaired != null ? repaired : new ShortestAugmentingPaths(sub).solve();
        }
        return null;
    }

    /**
     * Marks the mentee's best {@code perMentee} pairs after price (ties at the threshold in row order). Rows are
     * sorted by score and prices are not negative, so the scan stops once the score alone cannot reach the
     * threshold.
     */
    private void choose(int e) {
        int from = rowStart[e];
        int to = rowStart[e + 1];
        int k = perMentee;
        if (to - from <= k) {
            java.util.Arrays.fill(chosen, from, to, true);
            return;
        }
        int[] top = this.top;
        int count = 0;
        int end = to;
        for (int p = from; p < to; p++) {
            int s10 = 10 * adjScore[p];
            if (count == k && s10 <= top[k - 1]) {
                end = p;
                break;
            }
            int val = s10 - price10[adjMentor[p]];
            if (count < k || val > top[k - 1]) {
                int at = count < k ? count++ : k - 1;
                while (at > 0 && top[at - 1] < val) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = val;
            }
        }
        int threshold = top[k - 1];
        int taken = 0;
        for (int p = from; p < end && taken < k; p++) {
            if (10 * adjScore[p] - price10[adjMentor[p]] >= threshold) {
                chosen[p] = true;
                taken++;
            }
        }
    }

    /**
     * Adds the mentee's pairs that its price {@code profit + big} and the mentors' prices do not cover. Prices are
     * not negative, so pairs scoring at most the mentee's profit are covered, and rows are sorted by score.
     */
    private int addUncovered(int e, long profit, long[] v) {
        int added = 0;
        for (int p = rowStart[e], to = rowStart[e + 1]; p < to; p++) {
            int s = adjScore[p];
            if (s <= profit) {
                break;
            }
            if (!chosen[p] && profit + v[adjMentor[p]] < s) {
                chosen[p] = true;
                added++;
            }
        }
        return added;
    }
}
