package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Solves on a few candidate partners per mentee, then proves the result for all pairs. Prices from the coarse
 * phases of an auction pick, for each mentee, the mentors worth most to it after price; the exact solver runs on
 * those pairs only; its dual prices are then checked against every allowed pair. A pair the prices do not cover
 * joins the candidates and the exact solver runs again. Returns null if that does not settle within a few rounds.
 */
final class CandidatePairs {
    static final int ROUNDS = 10;
    /** Candidate partners kept per mentee. */
    static final int PER_MENTEE = 48;
    /** The coarse auction stops at this epsilon, in score points. */
    static final int COARSE_POINTS = 4;

    private CandidatePairs() {
    }

    static Solution solve(Instance in) {
        ScaledAuction coarse = new ScaledAuction(in);
        double[] price = coarse.coarsePrices(COARSE_POINTS);
        if (price == null) {
            return null;
        }
        long[] slotPrices = coarse.slotPrices();
        long startEps = coarse.epsilonAfter(COARSE_POINTS);
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        int[] rowStart = in.rowStart;
        int[] adjMentor = in.pairMentor;
        int[] adjScore = in.pairScore;
        int m = in.pairCount();
        boolean[] chosen = new boolean[m];
        double[] top = new double[PER_MENTEE];
        for (int e = 0; e < nE; e++) {
            int from = rowStart[e];
            int to = rowStart[e + 1];
            if (to - from <= PER_MENTEE) {
                Arrays.fill(chosen, from, to, true);
                continue;
            }
            // threshold: the PER_MENTEE-th best value after price
            int count = 0;
            for (int p = from; p < to; p++) {
                double val = adjScore[p] - price[adjMentor[p]];
                if (count < PER_MENTEE) {
                    int at = count++;
                    while (at > 0 && top[at - 1] < val) {
                        top[at] = top[at - 1];
                        at--;
                    }
                    top[at] = val;
                } else if (val > top[PER_MENTEE - 1]) {
                    int at = PER_MENTEE - 1;
                    while (at > 0 && top[at - 1] < val) {
                        top[at] = top[at - 1];
                        at--;
                    }
                    top[at] = val;
                }
            }
            double threshold = top[PER_MENTEE - 1];
            int taken = 0;
            for (int p = from; p < to && taken < PER_MENTEE; p++) {
                if (adjScore[p] - price[adjMentor[p]] >= threshold) {
                    chosen[p] = true;
                    taken++;
                }
            }
        }
        long big = OptimalityChecker.bigWeight(nE);
        for (int round = 0; round < ROUNDS; round++) {
            Instance sub = subInstance(in, chosen);
            ScaledAuction auction = new ScaledAuction(sub, slotPrices, startEps);
            Solution s = auction.solve();
            slotPrices = auction.slotPrices();
            // the next round starts from nearly final prices: only the last phases are needed
            startEps = auction.certifyingEpsilon();
            if (s == null) {
                s = new ShortestAugmentingPaths(sub).solve();
            }
            long[] u = s.menteePotential();
            long[] v = s.mentorPotential();
            int added = 0;
            for (int e = 0; e < nE; e++) {
                long ue = u[e];
                for (int p = rowStart[e], to = rowStart[e + 1]; p < to; p++) {
                    if (!chosen[p] && ue + v[adjMentor[p]] < big + adjScore[p]) {
                        chosen[p] = true;
                        added++;
                    }
                }
            }
            if (added == 0) {
                return s;
            }
        }
        return null;
    }

    /** The same mentors and mentees with only the chosen pairs; rows stay sorted by score. */
    private static Instance subInstance(Instance in, boolean[] chosen) {
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        int count = 0;
        for (boolean c : chosen) {
            if (c) {
                count++;
            }
        }
        int[] me = new int[count];
        int[] mo = new int[count];
        int[] sc = new int[count];
        int k = 0;
        for (int e = 0; e < nE; e++) {
            for (int p = in.rowStart[e], to = in.rowStart[e + 1]; p < to; p++) {
                if (chosen[p]) {
                    me[k] = e;
                    mo[k] = in.pairMentor[p];
                    sc[k] = in.pairScore[p];
                    k++;
                }
            }
        }
        String[] mentorIds = new String[nM];
        int[] caps = new int[nM];
        for (int j = 0; j < nM; j++) {
            mentorIds[j] = in.mentorId(j);
            caps[j] = in.capacity(j);
        }
        String[] menteeIds = new String[nE];
        for (int e = 0; e < nE; e++) {
            menteeIds[e] = in.menteeId(e);
        }
        return Instance.of(mentorIds, caps, menteeIds, me, mo, sc, count);
    }
}
