package org.tandem.matching.solver;

import static org.tandem.matching.solver.Instance.MAX_SCORE;

import java.util.Arrays;

/**
 * The same primal-dual successive shortest paths as {@link ShortestAugmentingPaths}, rooted at mentors
 * instead of mentees. Used when there are fewer mentor places than mentees: then a mentee-rooted search
 * often finds no free mentor and must explore far to decide whom to leave out, while a mentor-rooted
 * search quickly reaches one of the many free mentees.
 *
 * <p>Minimisation form per mentor place: a pair costs {@code MAX_SCORE - score}, an unused place costs
 * {@code K}. Invariants: {@code c - u - v >= 0} on every pair, 0 on matched pairs; {@code v <= 0} per
 * mentee and {@code v = 0} on unmatched mentees; {@code u <= K} per mentor and {@code u = K} on mentors
 * that keep places unused. Searches relax a mentor's matched pairs too (at reduced cost 0), which keeps
 * them tight when the mentor's price moves.
 */
final class MentorRootedPaths {
    private final int nE;
    private final int nM;
    private final int[] colStart;
    private final int[] colMentee;
    private final int[] colScore;
    private final int[] cap;
    private final long dropCost;

    private final int[] assign;
    private final int[] matchedScore;
    private final int[] load;
    private final long[] u;
    private final long[] v;

    private final long[] dist;
    private final int[] pred;
    private final int[] predScore;
    private final int[] seen;
    private final int[] done;
    private final int[] finalized;
    private final int[] reached;
    private final int[] reachedVia;
    private final int[] rows;
    private final long[] rowDist;
    private final IndexedMinHeap heap;
    private int epoch;
    private int finalizedCount;
    private int rowCount;
    private long bestSink;
    private int sinkRow;
    private int sinkMentee;
    private int sinkScore;

    MentorRootedPaths(Instance in) {
        nE = in.menteeCount();
        nM = in.mentorCount();
        cap = new int[nM];
        for (int j = 0; j < nM; j++) {
            cap[j] = in.capacity(j);
        }
        colStart = new int[nM + 1];
        int m = in.pairCount();
        colMentee = new int[m];
        colScore = new int[m];
        transpose(in);
        dropCost = OptimalityChecker.bigWeight(nE) + MAX_SCORE;
        assign = new int[nE];
        matchedScore = new int[nE];
        load = new int[nM];
        u = new long[nM];
        v = new long[nE];
        dist = new long[nE];
        pred = new int[nE];
        predScore = new int[nE];
        seen = new int[nE];
        done = new int[nE];
        finalized = new int[nE];
        reached = new int[nM];
        reachedVia = new int[nM];
        rows = new int[nM];
        rowDist = new long[nM];
        heap = new IndexedMinHeap(dist);
    }

    /** Mentor-major copy of the pairs, each mentor's list sorted by score descending. */
    private void transpose(Instance in) {
        int[] rowStart = in.rowStart;
        int[] adjMentor = in.pairMentor;
        int[] adjScore = in.pairScore;
        int m = in.pairCount();
        for (int p = 0; p < m; p++) {
            colStart[adjMentor[p] + 1]++;
        }
        int maxDeg = 0;
        for (int j = 0; j < nM; j++) {
            maxDeg = Math.max(maxDeg, colStart[j + 1]);
            colStart[j + 1] += colStart[j];
        }
        int[] fill = Arrays.copyOf(colStart, nM);
        for (int e = 0; e < nE; e++) {
            for (int p = rowStart[e], to = rowStart[e + 1]; p < to; p++) {
                int q = fill[adjMentor[p]]++;
                colMentee[q] = e;
                colScore[q] = adjScore[p];
            }
        }
        int[] tmpE = new int[maxDeg];
        int[] tmpS = new int[maxDeg];
        int[] bucket = new int[MAX_SCORE + 2];
        for (int j = 0; j < nM; j++) {
            Instance.sortRowByScoreDesc(colMentee, colScore, colStart[j], colStart[j + 1] - colStart[j],
                    tmpE, tmpS, bucket);
        }
    }

    Solution solve() {
        Arrays.fill(assign, -1);
        greedyTightStart();
        for (int j = 0; j < nM; j++) {
            while (load[j] < cap[j] && u[j] < dropCost) {
                augment(j);
            }
        }
        long[] menteePrice = new long[nE];
        long[] mentorPrice = new long[nM];
        int matched = 0;
        long total = 0;
        for (int e = 0; e < nE; e++) {
            menteePrice[e] = -v[e];
            if (assign[e] >= 0) {
                matched++;
                total += matchedScore[e];
            }
        }
        for (int j = 0; j < nM; j++) {
            if (cap[j] == 0) {
                u[j] = tightestPriceForFullMentor(j);
            }
            mentorPrice[j] = dropCost - u[j];
        }
        return new Solution(matched, total, assign, menteePrice, mentorPrice);
    }

    private long tightestPriceForFullMentor(int j) {
        long best = dropCost;
        for (int p = colStart[j]; p < colStart[j + 1]; p++) {
            best = Math.min(best, MAX_SCORE - colScore[p] - v[colMentee[p]]);
        }
        return best;
    }

    /** Each mentor takes its best-scored mentees that are still free, as far as capacity allows. */
    private void greedyTightStart() {
        for (int j = 0; j < nM; j++) {
            int from = colStart[j];
            int to = colStart[j + 1];
            if (cap[j] == 0) {
                continue;
            }
            if (from == to) {
                u[j] = dropCost;
                continue;
            }
            int best = colScore[from];
            u[j] = MAX_SCORE - best;
            for (int p = from; p < to && colScore[p] == best && load[j] < cap[j]; p++) {
                int e = colMentee[p];
                if (assign[e] < 0) {
                    assign[e] = j;
                    matchedScore[e] = best;
                    load[j]++;
                }
            }
        }
    }

    private void augment(int root) {
        epoch++;
        finalizedCount = 0;
        rowCount = 0;
        bestSink = dropCost - u[root];
        sinkRow = root;
        sinkMentee = -1;
        reach(root, 0, -1);
        while (!heap.isEmpty()) {
            int e = heap.peek();
            long d = dist[e];
            if (d >= bestSink) {
                break;
            }
            heap.pop();
            done[e] = epoch;
            finalized[finalizedCount++] = e;
            int j = assign[e];
            if (reached[j] != epoch) {
                reach(j, d, e);
            }
        }
        heap.clear();
        long total = bestSink;
        for (int i = 0; i < finalizedCount; i++) {
            int e = finalized[i];
            v[e] -= total - dist[e];
        }
        for (int i = 0; i < rowCount; i++) {
            int j = rows[i];
            u[j] += total - rowDist[j];
        }
        flipPath(root);
    }

    private void reach(int j, long dj, int via) {
        reached[j] = epoch;
        reachedVia[j] = via;
        rows[rowCount++] = j;
        rowDist[j] = dj;
        long uj = u[j];
        long drop = dj + dropCost - uj;
        if (drop < bestSink) {
            bestSink = drop;
            sinkRow = j;
            sinkMentee = -1;
        }
        long base = dj - uj + MAX_SCORE;
        for (int p = colStart[j], to = colStart[j + 1]; p < to; p++) {
            int s = colScore[p];
            long lower = base - s;
            if (lower >= bestSink) {
                break;
            }
            int e = colMentee[p];
            if (done[e] == epoch) {
                continue;
            }
            long nd = lower - v[e];
            if (assign[e] < 0) {
                if (nd < bestSink) {
                    bestSink = nd;
                    sinkRow = j;
                    sinkMentee = e;
                    sinkScore = s;
                }
            } else if (seen[e] != epoch) {
                if (nd < bestSink) {
                    seen[e] = epoch;
                    dist[e] = nd;
                    pred[e] = j;
                    predScore[e] = s;
                    heap.insert(e);
                }
            } else if (nd < dist[e]) {
                dist[e] = nd;
                pred[e] = j;
                predScore[e] = s;
                heap.decreased(e);
            }
        }
    }

    private void flipPath(int root) {
        int j = sinkRow;
        int e = sinkMentee;
        int s = sinkScore;
        while (true) {
            if (e >= 0) {
                assign[e] = j;
                matchedScore[e] = s;
                load[j]++;
            }
            if (j == root) {
                return;
            }
            int given = reachedVia[j];
            load[j]--;
            e = given;
            s = predScore[given];
            j = pred[given];
        }
    }
}
