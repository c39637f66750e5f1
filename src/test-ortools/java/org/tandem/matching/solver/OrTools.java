package org.tandem.matching.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/** OR-Tools formulations of the same lexicographic problem, as independent references. Timing covers solve() only. */
final class OrTools {
    record Result(long matched, long totalScore, double solveSeconds, double buildSeconds) {
    }

    private static boolean loaded;

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** source -> mentee (cap 1) -> mentor (cap 1, cost 1000 - score) -> sink (cap = capacity); max flow, then min cost. */
    static Result minCostFlow(Instance in) {
        load();
        long t0 = System.nanoTime();
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        int source = nE + nM;
        int sink = source + 1;
        MinCostFlow f = new MinCostFlow(sink + 1, in.pairCount() + nE + nM);
        for (int e = 0; e < nE; e++) {
            f.addArcWithCapacityAndUnitCost(source, e, 1, 0);
            for (int k = 0; k < in.degree(e); k++) {
                f.addArcWithCapacityAndUnitCost(e, nE + in.pairMentor(e, k), 1, Instance.MAX_SCORE - in.pairScore(e, k));
            }
        }
        for (int j = 0; j < nM; j++) {
            f.addArcWithCapacityAndUnitCost(nE + j, sink, in.capacity(j), 0);
        }
        f.setNodeSupply(source, nE);
        f.setNodeSupply(sink, -nE);
        long t1 = System.nanoTime();
        MinCostFlowBase.Status status = f.solveMaxFlowWithMinCost();
        long t2 = System.nanoTime();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("MinCostFlow status " + status);
        }
        long flow = f.getMaximumFlow();
        long score = flow * Instance.MAX_SCORE - f.getOptimalCost();
        f.delete();
        return new Result(flow, score, (t2 - t1) / 1e9, (t1 - t0) / 1e9);
    }

    /**
     * Perfect assignment on mirrored sides: left = mentees + slot copies, right = slots + mentee copies.
     * A mentee takes a slot (cost 1000 - score) or its own copy (cost = drop cost, i.e. unmatched); a slot
     * copy takes its slot (slot unused) or the copy of a mentee allowed at that mentor (cost 0).
     */
    static Result linearSumAssignment(Instance in) {
        load();
        long t0 = System.nanoTime();
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        int[] slotStart = new int[nM + 1];
        for (int j = 0; j < nM; j++) {
            slotStart[j + 1] = slotStart[j] + Math.min(in.capacity(j), nE);
        }
        int slots = slotStart[nM];
        long drop = OptimalityChecker.bigWeight(nE) + Instance.MAX_SCORE;
        LinearSumAssignment a = new LinearSumAssignment();
        for (int e = 0; e < nE; e++) {
            for (int k = 0; k < in.degree(e); k++) {
                int j = in.pairMentor(e, k);
                long cost = Instance.MAX_SCORE - in.pairScore(e, k);
                for (int t = slotStart[j]; t < slotStart[j + 1]; t++) {
                    a.addArcWithCost(e, t, cost);
                    a.addArcWithCost(nE + t, slots + e, 0);
                }
            }
            a.addArcWithCost(e, slots + e, drop);
        }
        for (int t = 0; t < slots; t++) {
            a.addArcWithCost(nE + t, t, 0);
        }
        long t1 = System.nanoTime();
        LinearSumAssignment.Status status = a.solve();
        long t2 = System.nanoTime();
        if (status != LinearSumAssignment.Status.OPTIMAL) {
            throw new IllegalStateException("LinearSumAssignment status " + status);
        }
        long matched = 0;
        long score = 0;
        for (int e = 0; e < nE; e++) {
            int right = a.getRightMate(e);
            if (right < slots) {
                matched++;
                score += Instance.MAX_SCORE - a.getAssignmentCost(e);
            }
        }
        a.delete();
        return new Result(matched, score, (t2 - t1) / 1e9, (t1 - t0) / 1e9);
    }
}
