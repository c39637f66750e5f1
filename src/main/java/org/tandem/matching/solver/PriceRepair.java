package org.tandem.matching.solver;

/**
 * Turns a matching that is optimal on a subset of the pairs, with its exact dual prices, into an optimal matching
 * on all pairs, when the prices cover all but a few pairs. Each mentee with an uncovered pair lets go of its
 * partner and raises its own price until all its pairs are covered; successive shortest paths (Dijkstra on reduced
 * costs, which all stay non-negative) then route it back, either to the place it left, to another place (moving
 * others along), or to no mentor, in which case the place left behind becomes free and its price falls.
 *
 * <p>Min-cost flow view, nodes mentees, mentors and a sink t: arcs mentee to mentor (cost {@code -weight}),
 * mentor to t (capacity = places, cost 0), mentee to t (leaving the mentee out, cost 0). Potentials are the mentee
 * prices {@code U}, minus the mentor prices {@code -V}, and {@code p(t)}; every residual arc has a non-negative
 * reduced cost {@code cost + p(from) - p(to)} throughout. A mentee that let go is an excess; a mentor that still
 * sends the place on to t (or t itself, for a mentee that was left out) is a deficit.
 */
final class PriceRepair {
    private static final int NONE = -1;

    private final int nE;
    private final int nM;
    private final int t;
    private final int[] rowStart;
    private final int[] adjMentor;
    private final int[] adjScore;
    private final int[] cap;
    private final long big;

    /** Mentor of each mentee, NONE if left out (flow on mentee to t) or if it let go (an excess). */
    private final int[] assign;
    private final boolean[] letGo;
    private final int[] toSink;
    private final int[] load;
    private final int[] head;
    private final int[] next;
    private final int[] prev;
    private final long[] p;
    private int sinkDeficit;

    private final long[] dist;
    private final int[] pred;
    private final int[] seen;
    private final int[] done;
    private final int[] path;
    private final int[] touched;
    private int touchedCount;
    private int epoch;
    private final IndexedMinHeap heap;
    private long bestTarget;

    private PriceRepair(Instance in, Solution s) {
        nE = in.menteeCount();
        nM = in.mentorCount();
        t = nE + nM;
        rowStart = in.rowStart;
        adjMentor = in.pairMentor;
        adjScore = in.pairScore;
        big = OptimalityChecker.bigWeight(nE);
        cap = new int[nM];
        for (int j = 0; j < nM; j++) {
            cap[j] = in.capacity(j);
        }
        assign = s.mentorOfMentee();
        letGo = new boolean[nE];
        toSink = new int[nM];
        load = new int[nM];
        head = new int[nM];
        next = new int[nE];
        prev = new int[nE];
        java.util.Arrays.fill(head, NONE);
        int nodes = t + 1;
        p = new long[nodes];
        long[] u = s.menteePotential();
        long[] v = s.mentorPotential();
        for (int e = 0; e < nE; e++) {
            p[e] = u[e];
            if (assign[e] >= 0) {
                link(e, assign[e]);
                toSink[assign[e]]++;
            }
        }
        for (int j = 0; j < nM; j++) {
            p[nE + j] = -v[j];
        }
        dist = new long[nodes];
        pred = new int[nodes];
        seen = new int[nodes];
        done = new int[nodes];
        path = new int[nodes];
        touched = new int[nodes];
        heap = new IndexedMinHeap(dist);
    }

    /**
     * Repairs {@code partial} (optimal with its certificate on a subset of {@code in}'s pairs) on all of {@code in}'s
     * pairs; returns null if more than {@code maxMentees} mentees have uncovered pairs (the caller then solves
     * differently).
     */
    static Solution repair(Instance in, Solution partial, int maxMentees) {
        PriceRepair r = new PriceRepair(in, partial);
        int[] uncovered = r.uncoveredMentees(maxMentees);
        if (uncovered == null) {
            return null;
        }
        for (int e : uncovered) {
            r.release(e);
        }
        for (int e : uncovered) {
            r.route(e);
        }
        return r.solution();
    }

    private int[] uncoveredMentees(int max) {
        int[] found = new int[Math.min(max, nE)];
        int count = 0;
        for (int e = 0; e < nE; e++) {
            long profit = p[e] - big;
            for (int q = rowStart[e], to = rowStart[e + 1]; q < to; q++) {
                int s = adjScore[q];
                if (s <= profit) {
                    break;
                }
                if (profit - p[nE + adjMentor[q]] < s) {
                    if (count == found.length) {
                        return null;
                    }
                    found[count++] = e;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** The mentee lets go of its partner (or of being left out) and prices itself to cover all its pairs. */
    private void release(int e) {
        int j = assign[e];
        if (j >= 0) {
            unlink(e, j);
            assign[e] = NONE;
        } else {
            sinkDeficit++;
        }
        letGo[e] = true;
        long u = p[t];
        for (int q = rowStart[e], to = rowStart[e + 1]; q < to; q++) {
            u = Math.max(u, big + adjScore[q] + p[nE + adjMentor[q]]);
        }
        p[e] = u;
    }

    private boolean isTarget(int x) {
        if (x == t) {
            return sinkDeficit > 0;
        }
        if (x >= nE) {
            int j = x - nE;
            return toSink[j] > load[j];
        }
        return false;
    }

    /** One Dijkstra from the mentee to the nearest deficit, then the augmentation and the price update. */
    private void route(int source) {
        epoch++;
        touchedCount = 0;
        bestTarget = Long.MAX_VALUE;
        reach(source, 0, NONE);
        int target = NONE;
        while (!heap.isEmpty()) {
            int x = heap.pop();
            done[x] = epoch;
            long d = dist[x];
            if (isTarget(x)) {
                target = x;
                break;
            }
            if (x < nE) {
                scanMentee(x, d);
            } else if (x < t) {
                scanMentor(x - nE, d);
            } else {
                scanSink(d);
            }
        }
        heap.clear();
        if (target == NONE) {
            throw new IllegalStateException("no deficit reachable from mentee " + source);
        }
        // p + min(d, D), shifted by -D so that nodes the search did not reach keep their potential
        long total = dist[target];
        for (int k = 0; k < touchedCount; k++) {
            int x = touched[k];
            if (dist[x] < total) {
                p[x] -= total - dist[x];
            }
        }
        augment(source, target);
    }

    private void reach(int x, long d, int from) {
        if (seen[x] != epoch) {
            seen[x] = epoch;
            touched[touchedCount++] = x;
            dist[x] = d;
            pred[x] = from;
            heap.insert(x);
        } else if (d < dist[x] && done[x] != epoch) {
            dist[x] = d;
            pred[x] = from;
            heap.decreased(x);
        } else {
            return;
        }
        if (d < bestTarget && isTarget(x)) {
            bestTarget = d;
        }
    }

    private void scanMentee(int e, long d) {
        long pe = p[e];
        for (int q = rowStart[e], to = rowStart[e + 1]; q < to; q++) {
            int s = adjScore[q];
            // mentor prices are not negative, so pe - big - s bounds the reduced cost from below
            if (d + pe - big - s >= bestTarget) {
                break;
            }
            int j = adjMentor[q];
            if (j == assign[e]) {
                continue;
            }
            long rc = -(big + s) + pe - p[nE + j];
            reach(nE + j, d + rc, e);
        }
        if (assign[e] >= 0 || letGo[e]) {
            reach(t, d + pe - p[t], e);
        }
    }

    private void scanMentor(int j, long d) {
        long pj = p[nE + j];
        for (int k = head[j]; k != NONE; k = next[k]) {
            long rc = big + scoreOf(k, j) + pj - p[k];
            reach(k, d + rc, nE + j);
        }
        if (toSink[j] < cap[j]) {
            reach(t, d + pj - p[t], nE + j);
        }
    }

    private void scanSink(long d) {
        long pt = p[t];
        for (int j = 0; j < nM; j++) {
            if (toSink[j] > 0) {
                reach(nE + j, d + pt - p[nE + j], t);
            }
        }
        for (int e = 0; e < nE; e++) {
            if (assign[e] == NONE && !letGo[e]) {
                reach(e, d + pt - p[e], t);
            }
        }
    }

    /** Flips the flow along the shortest path, from the source on (a mentee leaves a list before joining one). */
    private void augment(int source, int target) {
        int n = 0;
        for (int x = target; x != source; x = pred[x]) {
            path[n++] = x;
        }
        path[n++] = source;
        for (int k = n - 1; k > 0; k--) {
            int y = path[k];
            int x = path[k - 1];
            if (y < nE) {
                if (x == t) {
                    leaveOut(y);
                } else {
                    assignTo(y, x - nE);
                }
            } else if (y < t) {
                int j = y - nE;
                if (x == t) {
                    toSink[j]++;
                } else {
                    // mentor j gives mentee x up; the next arc gives x its new partner (or leaves it out)
                    unlink(x, j);
                    assign[x] = NONE;
                }
            } else if (x >= nE) {
                toSink[x - nE]--;
            }
            // t to a left-out mentee x: x stops being left out, the next arc gives it a partner
        }
        if (target == t) {
            sinkDeficit--;
        }
    }

    private void assignTo(int e, int j) {
        assign[e] = j;
        letGo[e] = false;
        link(e, j);
    }

    private void leaveOut(int e) {
        assign[e] = NONE;
        letGo[e] = false;
    }

    private Solution solution() {
        long pt = p[t];
        long[] u = new long[nE];
        long[] v = new long[nM];
        int matched = 0;
        long total = 0;
        for (int e = 0; e < nE; e++) {
            int j = assign[e];
            if (j >= 0) {
                u[e] = p[e] - pt;
                matched++;
                total += scoreOf(e, j);
            } else {
                u[e] = 0;
            }
        }
        for (int j = 0; j < nM; j++) {
            v[j] = Math.max(0, -(p[nE + j] - pt));
        }
        return new Solution(matched, total, assign, u, v);
    }

    private int scoreOf(int e, int j) {
        for (int q = rowStart[e], to = rowStart[e + 1]; q < to; q++) {
            if (adjMentor[q] == j) {
                return adjScore[q];
            }
        }
        throw new IllegalStateException("mentee " + e + " is not allowed with mentor " + j);
    }

    private void link(int k, int j) {
        load[j]++;
        int h = head[j];
        next[k] = h;
        prev[k] = NONE;
        if (h != NONE) {
            prev[h] = k;
        }
        head[j] = k;
    }

    private void unlink(int k, int j) {
        load[j]--;
        int pk = prev[k];
        int nk = next[k];
        if (pk != NONE) {
            next[pk] = nk;
        } else {
            head[j] = nk;
        }
        if (nk != NONE) {
            prev[nk] = pk;
        }
    }
}
