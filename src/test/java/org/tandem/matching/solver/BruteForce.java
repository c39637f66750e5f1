package org.tandem.matching.solver;

/** Exhaustive lexicographic optimum (matched, then total score) for tiny instances. */
final class BruteForce {
    private final Instance in;
    private final int[] left;
    private int bestMatched = -1;
    private long bestScore = -1;

    private BruteForce(Instance in) {
        this.in = in;
        this.left = new int[in.mentorCount()];
        for (int j = 0; j < left.length; j++) {
            left[j] = in.capacity(j);
        }
    }

    /** Returns {matched, totalScore}. */
    static long[] optimum(Instance in) {
        BruteForce b = new BruteForce(in);
        b.search(0, 0, 0);
        return new long[] {b.bestMatched, b.bestScore};
    }

    private void search(int mentee, int matched, long score) {
        if (mentee == in.menteeCount()) {
            if (matched > bestMatched || (matched == bestMatched && score > bestScore)) {
                bestMatched = matched;
                bestScore = score;
            }
            return;
        }
        search(mentee + 1, matched, score);
        for (int k = 0; k < in.degree(mentee); k++) {
            int j = in.pairMentor(mentee, k);
            if (left[j] > 0) {
                left[j]--;
                search(mentee + 1, matched + 1, score + in.pairScore(mentee, k));
                left[j]++;
            }
        }
    }
}
