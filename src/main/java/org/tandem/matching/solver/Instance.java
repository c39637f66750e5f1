package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable matching instance: mentors with capacities, mentees, and the allowed
 * (mentee, mentor, score) pairs stored as CSR rows by mentee.
 *
 * <p>Canonical form: each mentee's row is sorted by score descending (the solver relies on it to
 * stop scanning a row early); a pair listed twice is kept once, with the higher score.
 */
public final class Instance {
    public static final int MAX_SCORE = 1000;

    private final String[] mentorIds;
    private final int[] capacities;
    private final String[] menteeIds;
    final int[] rowStart;
    final int[] pairMentor;
    final int[] pairScore;

    private Instance(String[] mentorIds, int[] capacities, String[] menteeIds,
                     int[] rowStart, int[] pairMentor, int[] pairScore) {
        this.mentorIds = mentorIds;
        this.capacities = capacities;
        this.menteeIds = menteeIds;
        this.rowStart = rowStart;
        this.pairMentor = pairMentor;
        this.pairScore = pairScore;
    }

    /**
     * Builds an instance from pair triples {@code (menteeIdx[k], mentorIdx[k], score[k])}; the arrays are
     * copied, not kept.
     *
     * @throws IllegalArgumentException naming the first offending mentor or pair, e.g.
     *         {@code pairs[12]: mentor index 9 out of range (8 mentors)}
     */
    public static Instance of(List<String> mentorIds, int[] capacities, List<String> menteeIds,
                              int[] menteeIdx, int[] mentorIdx, int[] score) {
        if (mentorIds.stream().anyMatch(java.util.Objects::isNull)
                || menteeIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("ids must not be null");
        }
        if (menteeIdx.length != mentorIdx.length || menteeIdx.length != score.length) {
            throw new IllegalArgumentException("pair arrays differ in length");
        }
        return of(mentorIds.toArray(String[]::new), capacities.clone(), menteeIds.toArray(String[]::new),
                menteeIdx, mentorIdx, score, menteeIdx.length);
    }

    /**
     * Builds the canonical CSR form from the first {@code count} pair triples. Takes ownership of the
     * id and capacity arrays; the triple arrays are only read.
     *
     * @throws IllegalArgumentException naming the first offending mentor or pair
     */
    static Instance of(String[] mentorIds, int[] capacities, String[] menteeIds,
                       int[] menteeIdx, int[] mentorIdx, int[] score, int count) {
        if (mentorIds.length != capacities.length) {
            throw new IllegalArgumentException("mentor ids and capacities differ in length");
        }
        for (int j = 0; j < capacities.length; j++) {
            if (capacities[j] < 0) {
                throw new IllegalArgumentException("mentors[" + j + "].capacity must be a non-negative integer");
            }
        }
        int nE = menteeIds.length;
        int nM = mentorIds.length;
        int[] rowStart = new int[nE + 1];
        for (int k = 0; k < count; k++) {
            int e = menteeIdx[k];
            int m = mentorIdx[k];
            int s = score[k];
            if (e < 0 || e >= nE) {
                throw new IllegalArgumentException(
                        "pairs[" + k + "]: mentee index " + e + " out of range (" + nE + " mentees)");
            }
            if (m < 0 || m >= nM) {
                throw new IllegalArgumentException(
                        "pairs[" + k + "]: mentor index " + m + " out of range (" + nM + " mentors)");
            }
            if (s < 0 || s > MAX_SCORE) {
                throw new IllegalArgumentException(
                        "pairs[" + k + "]: score " + s + " outside 0.." + MAX_SCORE);
            }
            rowStart[e + 1]++;
        }
        for (int e = 0; e < nE; e++) {
            rowStart[e + 1] += rowStart[e];
        }
        int[] mentor = new int[count];
        int[] sc = new int[count];
        int[] fill = Arrays.copyOf(rowStart, nE);
        for (int k = 0; k < count; k++) {
            int p = fill[menteeIdx[k]]++;
            mentor[p] = mentorIdx[k];
            sc[p] = score[k];
        }
        fill = null;
        canonicalizeRows(rowStart, mentor, sc, nM);
        return new Instance(mentorIds, capacities, menteeIds, rowStart, mentor, sc);
    }

    /** The same mentors and mentees with only the chosen pairs (rows stay in canonical order, ids are shared). */
    Instance withPairs(boolean[] chosen) {
        int nE = menteeIds.length;
        int count = 0;
        for (int p = 0, m = pairCount(); p < m; p++) {
            if (chosen[p]) {
                count++;
            }
        }
        int[] start = new int[nE + 1];
        int[] mentor = new int[count];
        int[] sc = new int[count];
        int k = 0;
        for (int e = 0; e < nE; e++) {
            for (int p = rowStart[e], to = rowStart[e + 1]; p < to; p++) {
                if (chosen[p]) {
                    mentor[k] = pairMentor[p];
                    sc[k] = pairScore[p];
                    k++;
                }
            }
            start[e + 1] = k;
        }
        return new Instance(mentorIds, capacities, menteeIds, start, mentor, sc);
    }

    /** Sorts every row by score descending and drops repeated mentors (keeping the first = best), compacting in place. */
    private static void canonicalizeRows(int[] rowStart, int[] mentor, int[] score, int nM) {
        int nE = rowStart.length - 1;
        int[] seen = new int[nM];
        Arrays.fill(seen, -1);
        int[] bucket = new int[MAX_SCORE + 2];
        int maxDeg = 0;
        for (int e = 0; e < nE; e++) {
            maxDeg = Math.max(maxDeg, rowStart[e + 1] - rowStart[e]);
        }
        int[] tmpM = new int[maxDeg];
        int[] tmpS = new int[maxDeg];
        int write = 0;
        for (int e = 0; e < nE; e++) {
            int from = rowStart[e];
            int to = rowStart[e + 1];
            int deg = to - from;
            sortRowByScoreDesc(mentor, score, from, deg, tmpM, tmpS, bucket);
            rowStart[e] = write;
            for (int p = from; p < to; p++) {
                int m = mentor[p];
                if (seen[m] != e) {
                    seen[m] = e;
                    mentor[write] = m;
                    score[write] = score[p];
                    write++;
                }
            }
        }
        rowStart[nE] = write;
    }

    static void sortRowByScoreDesc(int[] mentor, int[] score, int from, int deg,
                                           int[] tmpM, int[] tmpS, int[] bucket) {
        if (deg < 48) {
            for (int a = from + 1; a < from + deg; a++) {
                int m = mentor[a];
                int s = score[a];
                int b = a - 1;
                while (b >= from && score[b] < s) {
                    mentor[b + 1] = mentor[b];
                    score[b + 1] = score[b];
                    b--;
                }
                mentor[b + 1] = m;
                score[b + 1] = s;
            }
            return;
        }
        Arrays.fill(bucket, 0);
        for (int p = from; p < from + deg; p++) {
            bucket[MAX_SCORE - score[p] + 1]++;
        }
        for (int c = 1; c < bucket.length; c++) {
            bucket[c] += bucket[c - 1];
        }
        for (int p = from; p < from + deg; p++) {
            int q = bucket[MAX_SCORE - score[p]]++;
            tmpM[q] = mentor[p];
            tmpS[q] = score[p];
        }
        System.arraycopy(tmpM, 0, mentor, from, deg);
        System.arraycopy(tmpS, 0, score, from, deg);
    }

    public int mentorCount() {
        return mentorIds.length;
    }

    public int menteeCount() {
        return menteeIds.length;
    }

    /** Number of distinct allowed pairs. */
    public int pairCount() {
        return rowStart[menteeIds.length];
    }

    public String mentorId(int mentor) {
        return mentorIds[mentor];
    }

    public String menteeId(int mentee) {
        return menteeIds[mentee];
    }

    public int capacity(int mentor) {
        return capacities[mentor];
    }

    public int degree(int mentee) {
        return rowStart[mentee + 1] - rowStart[mentee];
    }

    /** The k-th allowed mentor of a mentee (rows are ordered by score descending). */
    public int pairMentor(int mentee, int k) {
        return pairMentor[rowStart[mentee] + k];
    }

    public int pairScore(int mentee, int k) {
        return pairScore[rowStart[mentee] + k];
    }

    /** Score of the pair, or -1 if the pair is not allowed. Linear in the mentee's degree. */
    public int score(int mentee, int mentor) {
        for (int p = rowStart[mentee]; p < rowStart[mentee + 1]; p++) {
            if (pairMentor[p] == mentor) {
                return pairScore[p];
            }
        }
        return -1;
    }
}
