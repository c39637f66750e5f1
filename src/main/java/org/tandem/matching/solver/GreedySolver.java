package org.tandem.matching.solver;

import static org.tandem.matching.solver.Instance.MAX_SCORE;

/** Baseline, not exact: takes allowed pairs from the highest score down while both sides have room. */
final class GreedySolver {

    Solution solve(Instance in) {
        int nE = in.menteeCount();
        int nM = in.mentorCount();
        int[] rowStart = in.rowStart;
        int[] adjMentor = in.pairMentor;
        int[] adjScore = in.pairScore;
        int[] left = new int[nM];
        for (int j = 0; j < nM; j++) {
            left[j] = in.capacity(j);
        }
        int[] assign = new int[nE];
        java.util.Arrays.fill(assign, -1);
        int[] cursor = new int[nE];
        int[] active = new int[nE];
        int activeCount = 0;
        for (int e = 0; e < nE; e++) {
            cursor[e] = rowStart[e];
            if (rowStart[e] < rowStart[e + 1]) {
                active[activeCount++] = e;
            }
        }
        int matched = 0;
        long total = 0;
        for (int s = MAX_SCORE; s >= 0 && activeCount > 0; s--) {
            int kept = 0;
            for (int i = 0; i < activeCount; i++) {
                int e = active[i];
                int p = cursor[e];
                int end = rowStart[e + 1];
                while (p < end && adjScore[p] == s) {
                    int j = adjMentor[p++];
                    if (left[j] > 0) {
                        left[j]--;
                        assign[e] = j;
                        matched++;
                        total += s;
                        p = end;
                    }
                }
                cursor[e] = p;
                if (p < end) {
                    active[kept++] = e;
                }
            }
            activeCount = kept;
        }
        return new Solution(matched, total, assign, null, null);
    }
}
