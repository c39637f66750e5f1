package org.tandem.matching.solver;

import static org.tandem.matching.solver.Instance.MAX_SCORE;

/**
 * Primal-dual successive shortest paths for the b-matching, one Dijkstra per mentee.
 *
 * <p>Minimisation form: a pair costs {@code MAX_SCORE - score}, staying unmatched costs {@code K}
 * (a private "dummy" mentor per mentee), with {@code K - MAX_SCORE = bigWeight} so that the minimum equals
 * the lexicographic optimum. Invariants for processed mentees: reduced cost {@code c - u - v >= 0} on every
 * pair, 0 on matched pairs; {@code v <= 0} and {@code v = 0} on mentors below capacity; {@code u = K} on
 * unmatched mentees. Mentor loads never decrease, so a mentor's price only changes once it is full.
 * Rows are sorted by cost, and {@code v <= 0} makes {@code c - u} a lower bound on the reduced cost, so a
 * row scan stops as soon as it cannot beat the best augmenting path found so far.
 */
final class ShortestAugmentingPaths {
    private final int nE;
    private final int nM;
    private final int[] rowStart;
    private final int[] adjMentor;
    private final int[] adjScore;
    private final int[] cap;
    private final long dropCost;

    private final int[] assign;
    private final int[] matchedScore;
    private final int[] load;
    private final int[] head;
    private final int[] next;
    private final int[] prev;
    private final long[] u;
    private final long[] v;

    private final long[] dist;
    private final int[] pred;
    private final int[] predScore;
    private final int[] seen;
    private final int[] done;
    private final int[] finalized;
    private final int[] rows;
    private final long[] rowDist;
    private final IndexedMinHeap heap;
    private int epoch;
    private int finalizedCount;
    private int rowCount;
    private long bestSink;
    private int sinkRow;
    private int sinkMentor;
    private int sinkScore;
    private long arcsScanned;

    ShortestAugmentingPaths(Instance in) {
        nE = in.menteeCount();
        nM = in.mentorCount();
        rowStart = in.rowStart;
        adjMentor = in.pairMentor;
        adjScore = in.pairScore;
        cap = new int[nM];
        for (int j = 0; j < nM; j++) {
            cap[j] = in.capacity(j);
        }
        dropCost = OptimalityChecker.bigWeight(nE) + MAX_SCORE;
        assign = new int[nE];
        matchedScore = new int[nE];
        load = new int[nM];
        head = new int[nM];
        next = new int[nE];
        prev = new int[nE];
        u = new long[nE];
        v = new long[nM];
        dist = new long[nM];
        pred = new int[nM];
        predScore = new int[nM];
        seen = new int[nM];
        done = new int[nM];
        finalized = new int[nM];
        rows = new int[nE];
        rowDist = new long[nE];
        heap = new IndexedMinHeap(dist);
    }

    Solution solve() {
        return solve(Long.MAX_VALUE);
    }

    /**
     * Solves unless the searches scan more than {@code arcBudget} pairs in all; then returns null (the caller
     * switches to a method that suits the instance better).
     */
    Solution solve(long arcBudget) {
        java.util.Arrays.fill(assign, -1);
        java.util.Arrays.fill(head, -1);
        int pending = greedyTightStart();
        for (int r = 0; r < nE && pending > 0; r++) {
            if (assign[r] < 0 && u[r] < dropCost) {
                augment(r);
                pending--;
                if (arcsScanned > arcBudget) {
                    return null;
                }
            }
        }
        long[] menteePrice = new long[nE];
        long[] mentorPrice = new long[nM];
        int matched = 0;
        long total = 0;
        for (int e = 0; e < nE; e++) {
            menteePrice[e] = dropCost - u[e];
            if (assign[e] >= 0) {
                matched++;
                total += matchedScore[e];
            }
        }
        for (int j = 0; j < nM; j++) {
            mentorPrice[j] = -v[j];
        }
        return new Solution(matched, total, assign, menteePrice, mentorPrice);
    }

    /** Each mentee takes a cheapest pair if that mentor has room; returns how many still need a search. */
    private int greedyTightStart() {
        int pending = 0;
        for (int e = 0; e < nE; e++) {
            int from = rowStart[e];
            int to = rowStart[e + 1];
            if (from == to) {
                u[e] = dropCost;
                continue;
            }
            int best = adjScore[from];
            u[e] = MAX_SCORE - best;
            for (int p = from; p < to && adjScore[p] == best; p++) {
                int j = adjMentor[p];
                if (load[j] < cap[j]) {
                    link(e, j, best);
                    break;
                }
            }
            if (assign[e] < 0) {
                pending++;
            }
        }
        return pending;
    }

    private void augment(int root) {
        epoch++;
        finalizedCount = 0;
        rowCount = 0;
        bestSink = dropCost - u[root];
        sinkRow = root;
        sinkMentor = -1;
        reach(root, 0);
        while (!heap.isEmpty()) {
            int j = heap.peek();
            long d = dist[j];
            if (d >= bestSink) {
                break;
            }
            heap.pop();
            done[j] = epoch;
            finalized[finalizedCount++] = j;
            for (int k = head[j]; k >= 0; k = next[k]) {
                reach(k, d);
            }
        }
        heap.clear();
        long total = bestSink;
        for (int i = 0; i < finalizedCount; i++) {
            int j = finalized[i];
            v[j] -= total - dist[j];
        }
        for (int i = 0; i < rowCount; i++) {
            int k = rows[i];
            u[k] += total - rowDist[k];
        }
        flipPath(root);
    }

    private void reach(int k, long dk) {
        rows[rowCount++] = k;
        rowDist[k] = dk;
        long uk = u[k];
        long dropK = dk + dropCost - uk;
        if (dropK < bestSink) {
            bestSink = dropK;
            sinkRow = k;
            sinkMentor = -1;
        }
        long base = dk - uk + MAX_SCORE;
        int p = rowStart[k];
        for (int to = rowStart[k + 1]; p < to; p++) {
            int s = adjScore[p];
            long lower = base - s;
            if (lower >= bestSink) {
                break;
            }
            int j = adjMentor[p];
            if (done[j] == epoch) {
                continue;
            }
            long nd = lower - v[j];
            if (load[j] < cap[j]) {
                if (nd < bestSink) {
                    bestSink = nd;
                    sinkRow = k;
                    sinkMentor = j;
                    sinkScore = s;
                }
            } else if (seen[j] != epoch) {
                if (nd < bestSink) {
                    seen[j] = epoch;
                    dist[j] = nd;
                    pred[j] = k;
                    predScore[j] = s;
                    heap.insert(j);
                }
            } else if (nd < dist[j]) {
                dist[j] = nd;
                pred[j] = k;
                predScore[j] = s;
                heap.decreased(j);
            }
        }
        arcsScanned += p - rowStart[k];
    }

    private void flipPath(int root) {
        int k = sinkRow;
        int j = sinkMentor;
        int s = sinkScore;
        while (true) {
            int old = assign[k];
            if (old >= 0) {
                unlink(k, old);
            }
            if (j >= 0) {
                link(k, j, s);
            }
            if (k == root) {
                return;
            }
            j = old;
            k = pred[old];
            s = predScore[old];
        }
    }

    private void link(int k, int j, int score) {
        assign[k] = j;
        matchedScore[k] = score;
        load[j]++;
        int h = head[j];
        next[k] = h;
        prev[k] = -1;
        if (h >= 0) {
            prev[h] = k;
        }
        head[j] = k;
    }

    private void unlink(int k, int j) {
        assign[k] = -1;
        load[j]--;
        int pk = prev[k];
        int nk = next[k];
        if (pk >= 0) {
            next[pk] = nk;
        } else {
            head[j] = nk;
        }
        if (nk >= 0) {
            prev[nk] = pk;
        }
    }
}
