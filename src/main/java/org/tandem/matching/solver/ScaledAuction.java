package org.tandem.matching.solver;

import static org.tandem.matching.solver.Instance.MAX_SCORE;

import java.util.Arrays;

/**
 * Epsilon-scaling auction (Bertsekas) with mentor capacities, followed by exact dual prices computed from the
 * final matching. Mentees bid for places; a mentor with capacity c offers c places, each with its own price.
 * Values are scaled by {@code menteeCount + 1} so that the last phase, at epsilon 1, ends with an optimal
 * matching. The dual prices are then the shortest-path potentials of the residual graph, found by label
 * correcting from the rounded auction prices. Returns null when it gives up (a bound on the work, or a
 * matching that turns out not to be optimal); the caller then falls back to the shortest augmenting paths.
 */
final class ScaledAuction {
    /** Bids allowed per mentee and phase before the auction gives up. */
    private static final int BIDS_PER_MENTEE = 400;
    private static final int ROUNDS_PER_NODE = 4;

    private final int nE;
    private final int nM;
    private final int[] rowStart;
    private final int[] adjMentor;
    private final int[] adjScore;
    private final int[] cap;
    private final int[] fullCap;
    private final int[] slotStart;
    private final long[] slotPrice;
    private final int[] slotOwner;
    private final long[] mentorPrice;
    private final int[] cheapestSlot;
    private final long[] secondPrice;
    private final int[] slotMentor;
    private final int[] colStart;
    private final int[] colMentee;
    private final int[] colScore;
    private final int[] slotOf;
    private final int[] matchedScore;
    private static final int CACHE = 4;
    private static final long UNCACHED = Long.MAX_VALUE;
    private static final long UNBOUNDED = 1L << 60;
    private final int[] cacheMentor;
    private final int[] cacheScore;
    private final int[] cacheCount;
    private final long[] cacheThreshold;
    private final int[] rMentee;
    private final int[] rScore;
    private final int[] rCount;
    private final long[] rThreshold;
    private final long[] topV = new long[CACHE + 1];
    private final int[] topJ = new int[CACHE + 1];
    private final int[] topS = new int[CACHE + 1];
    private final long scale;
    private final long dropValue;
    private final long dropCost;

    private long startEps;

    ScaledAuction(Instance in) {
        this(in, null, 0);
    }

    /** Starts from the given place prices (as from {@link #slotPrices()} of the same mentors) at that epsilon. */
    ScaledAuction(Instance in, long[] initialSlotPrices, long startEps) {
        nE = in.menteeCount();
        nM = in.mentorCount();
        rowStart = in.rowStart;
        adjMentor = in.pairMentor;
        adjScore = in.pairScore;
        cap = new int[nM];
        fullCap = new int[nM];
        slotStart = new int[nM + 1];
        for (int j = 0; j < nM; j++) {
            fullCap[j] = in.capacity(j);
            cap[j] = Math.min(in.capacity(j), nE);
            slotStart[j + 1] = slotStart[j] + cap[j];
        }
        slotPrice = new long[slotStart[nM]];
        slotOwner = new int[slotStart[nM]];
        mentorPrice = new long[nM];
        secondPrice = new long[nM];
        slotMentor = new int[slotStart[nM]];
        cheapestSlot = new int[nM];
        for (int j = 0; j < nM; j++) {
            cheapestSlot[j] = slotStart[j];
            secondPrice[j] = cap[j] >= 2 ? 0 : Long.MAX_VALUE / 4;
            if (cap[j] == 0) {
                mentorPrice[j] = Long.MAX_VALUE / 4;
            }
            for (int k = slotStart[j]; k < slotStart[j + 1]; k++) {
                slotMentor[k] = j;
            }
        }
        colStart = new int[nM + 1];
        int m = in.pairCount();
        colMentee = new int[m];
        colScore = new int[m];
        for (int q = 0; q < m; q++) {
            colStart[adjMentor[q] + 1]++;
        }
        for (int j = 0; j < nM; j++) {
            colStart[j + 1] += colStart[j];
        }
        int[] fill = Arrays.copyOf(colStart, nM);
        for (int e = 0; e < nE; e++) {
            for (int q = rowStart[e], to = rowStart[e + 1]; q < to; q++) {
                int at = fill[adjMentor[q]]++;
                colMentee[at] = e;
                colScore[at] = adjScore[q];
            }
        }
        slotOf = new int[nE];
        matchedScore = new int[nE];
        this.startEps = startEps;
        if (initialSlotPrices != null) {
            System.arraycopy(initialSlotPrices, 0, slotPrice, 0, slotPrice.length);
            for (int j = 0; j < nM; j++) {
                if (cap[j] > 0) {
                    refresh(j);
                }
            }
        }
        cacheMentor = new int[nE * CACHE];
        cacheScore = new int[nE * CACHE];
        cacheCount = new int[nE];
        cacheThreshold = new long[nE];
        rMentee = new int[nM * CACHE];
        rScore = new int[nM * CACHE];
        rCount = new int[nM];
        rThreshold = new long[nM];
        scale = nE + 1L;
        long big = OptimalityChecker.bigWeight(nE);
        dropValue = -scale * big;
        dropCost = big + MAX_SCORE;
    }

    /**
     * Continues from where {@code previous} (on the same mentors and mentees, with fewer pairs) stopped: its place
     * prices and its matching, at the epsilon it ended with. Only mentees whose new pairs break that epsilon bid.
     */
    ScaledAuction(Instance in, ScaledAuction previous) {
        this(in, previous.slotPrice, previous.lastEps);
        System.arraycopy(previous.slotOwner, 0, slotOwner, 0, slotOwner.length);
        System.arraycopy(previous.slotOf, 0, slotOf, 0, nE);
        System.arraycopy(previous.matchedScore, 0, matchedScore, 0, nE);
        first = false;
    }


    /** Largest capacity for which the per-place prices stay cheap to keep. */
    static boolean suits(Instance in) {
        for (int j = 0; j < in.mentorCount(); j++) {
            if (in.capacity(j) > 8 && in.capacity(j) < in.menteeCount()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the coarse phases only, down to an epsilon of {@code points} score points, and returns each mentor's
     * price in score points (the cheapest of its places), or null if the auction gave up.
     */
    double[] coarsePrices(int points) {
        long eps = Math.max(1, scale * 128);
        long stop = scale * points;
        while (true) {
            if (!phase(eps)) {
                return null;
            }
            if (eps <= stop) {
                break;
            }
            eps = Math.max(stop, eps / DIVISOR);
        }
        double[] prices = new double[nM];
        for (int j = 0; j < nM; j++) {
            prices[j] = cap[j] == 0 ? Double.POSITIVE_INFINITY : mentorPrice[j] / (double) scale;
        }
        return prices;
    }

    long[] slotPrices() {
        return slotPrice.clone();
    }

    /** The first epsilon at which the matching is tried for a certificate. */
    long certifyingEpsilon() {
        return Math.max(1, scale / CERTIFY_FROM);
    }

    long epsilonAfter(long points) {
        return Math.max(1, scale * points / DIVISOR);
    }

    Solution solve() {
        long eps = startEps > 0 ? startEps : Math.max(1, scale * 128);
        while (true) {
            lastEps = eps;
            boolean ok = phase(eps);
            if (!ok) {
                return null;
            }
            if (eps <= Math.max(1, scale / CERTIFY_FROM)) {
                Solution s = certify();
                if (s != null || eps == 1) {
                    return s;
                }
            }
            eps = Math.max(1, eps <= Math.max(1, scale / CERTIFY_FROM) ? eps / 3 : eps / DIVISOR);
        }
    }

    /** Epsilon shrinks by this factor from phase to phase. */
    private static final long DIVISOR = 4;
    /** The matching is first tried for a certificate once epsilon is at most 1/CERTIFY_FROM score point. */
    private static final long CERTIFY_FROM = 8;

    private boolean first = true;
    private long lastEps;

    private boolean phase(long eps) {
        Arrays.fill(cacheThreshold, UNCACHED);
        int[] queue = new int[nE + 1];
        int qHead = 0;
        int qTail = 0;
        if (first) {
            first = false;
            Arrays.fill(slotOwner, -1);
            for (int e = 0; e < nE; e++) {
                slotOf[e] = -1;
                if (rowStart[e] < rowStart[e + 1]) {
                    queue[qTail++] = e;
                }
            }
        } else {
            // keep the matching where it still meets the tighter epsilon
            for (int e = 0; e < nE; e++) {
                if (rowStart[e] == rowStart[e + 1]) {
                    continue;
                }
                int own = slotOf[e];
                if (own < 0) {
                    queue[qTail++] = e;
                    continue;
                }
                long profit = scale * matchedScore[e] - slotPrice[own];
                int ownMentor = slotMentor[own];
                boolean ok = true;
                for (int p = rowStart[e], to = rowStart[e + 1]; p < to; p++) {
                    int j = adjMentor[p];
                    long price = j == ownMentor ? Math.min(mentorPrice[j], secondPriceOther(j, own)) : mentorPrice[j];
                    if (scale * adjScore[p] - price > profit + eps) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    slotOwner[own] = -1;
                    slotOf[e] = -1;
                    queue[qTail++] = e;
                }
            }
        }
        int qLen = queue.length;
        long budget = (long) BIDS_PER_MENTEE * nE + 1000;
        while (qHead != qTail) {
            if (budget-- == 0) {
                return false;
            }
            int i = queue[qHead];
            qHead = qHead + 1 == qLen ? 0 : qHead + 1;
            int displaced = bid(i, eps);
            if (displaced >= 0) {
                queue[qTail] = displaced;
                qTail = qTail + 1 == qLen ? 0 : qTail + 1;
            } else if (displaced == FAILED) {
                return false;
            }
        }
        return reverse(eps);
    }

    private static final int NONE = -1;
    private static final int FAILED = -2;

    /**
     * Mentee {@code i} bids for the cheapest place of its best mentor after price; returns the mentee it displaced,
     * {@link #NONE}, or {@link #FAILED} (a best mentor without places). A method of its own so that the JIT compiles
     * it after a few hundred bids, not only once the phase loop has run long enough for on-stack replacement.
     */
    private int bid(int i, long eps) {
        long b1 = Long.MIN_VALUE;
        long b2 = Long.MIN_VALUE;
        int j1 = -1;
        int s1 = 0;
        int base = i * CACHE;
        if (cacheThreshold[i] != UNCACHED) {
            for (int k = base, to = base + cacheCount[i]; k < to; k++) {
                int j = cacheMentor[k];
                long val = scale * cacheScore[k] - mentorPrice[j];
                if (val > b2) {
                    if (val > b1) {
                        b2 = b1;
                        b1 = val;
                        j1 = j;
                        s1 = cacheScore[k];
                    } else {
                        b2 = val;
                    }
                }
            }
            if (b2 < cacheThreshold[i]) {
                j1 = -1;
            }
        }
        if (j1 < 0) {
            int count = 0;
            long[] topV = this.topV;
            int[] topJ = this.topJ;
            int[] topS = this.topS;
            for (int p = rowStart[i], to = rowStart[i + 1]; p < to; p++) {
                int j = adjMentor[p];
                long val = scale * adjScore[p] - mentorPrice[j];
                if (count <= CACHE || val > topV[CACHE]) {
                    int at = count <= CACHE ? count++ : CACHE;
                    while (at > 0 && topV[at - 1] < val) {
                        topV[at] = topV[at - 1];
                        topJ[at] = topJ[at - 1];
                        topS[at] = topS[at - 1];
                        at--;
                    }
                    topV[at] = val;
                    topJ[at] = j;
                    topS[at] = adjScore[p];
                }
            }
            int kept = Math.min(count, CACHE);
            for (int k = 0; k < kept; k++) {
                cacheMentor[base + k] = topJ[k];
                cacheScore[base + k] = topS[k];
            }
            cacheCount[i] = kept;
            cacheThreshold[i] = count > CACHE ? topV[CACHE] : Long.MIN_VALUE;
            b1 = topV[0];
            j1 = topJ[0];
            s1 = topS[0];
            b2 = count > 1 ? topV[1] : Long.MIN_VALUE;
        }
        if (b1 <= dropValue) {
            j1 = -1;
        }
        b2 = Math.max(b2, dropValue);
        if (j1 >= 0) {
            b2 = Math.max(b2, scale * s1 - secondPrice[j1]);
        }
        if (j1 < 0 || cap[j1] == 0) {
            if (j1 >= 0) {
                return FAILED;
            }
            return NONE;
        }
        int slot = cheapestSlot[j1];
        int owner = slotOwner[slot];
        if (owner >= 0) {
            slotOf[owner] = -1;
        }
        slotOwner[slot] = i;
        slotOf[i] = slot;
        matchedScore[i] = s1;
        slotPrice[slot] = mentorPrice[j1] + (b1 - b2) + eps;
        refresh(j1);
        return owner;
    }

    /** Cheapest price among the mentor's places other than {@code slot}. */
    private long secondPriceOther(int j, int slot) {
        long best = Long.MAX_VALUE / 4;
        for (int k = slotStart[j]; k < slotStart[j + 1]; k++) {
            if (k != slot && slotPrice[k] < best) {
                best = slotPrice[k];
            }
        }
        return best;
    }

    private void refresh(int j) {
        int from = slotStart[j];
        int to = slotStart[j + 1];
        if (to - from == 1) {
            mentorPrice[j] = slotPrice[from];
            return;
        }
        int cheapest = from;
        long second = Long.MAX_VALUE / 4;
        for (int k = from + 1; k < to; k++) {
            if (slotPrice[k] < slotPrice[cheapest]) {
                second = slotPrice[cheapest];
                cheapest = k;
            } else if (slotPrice[k] < second) {
                second = slotPrice[k];
            }
        }
        cheapestSlot[j] = cheapest;
        mentorPrice[j] = slotPrice[cheapest];
        secondPrice[j] = second;
    }

    /**
     * Reverse auction: a place left empty at a positive price lowers its price and takes the mentee who gains
     * most by moving, until every empty place is free of charge (Bertsekas' remedy for more places than bidders).
     */
    private boolean reverse(long eps) {
        int slots = slotPrice.length;
        int[] queue = new int[slots + 1];
        int qLen = queue.length;
        int qHead = 0;
        int qTail = 0;
        for (int k = 0; k < slots; k++) {
            if (slotOwner[k] < 0 && slotPrice[k] > 0) {
                queue[qTail++] = k;
            }
        }
        Arrays.fill(rThreshold, UNCACHED);
        long budget = (long) BIDS_PER_MENTEE * nE + 1000;
        while (qHead != qTail) {
            if (budget-- == 0) {
                return false;
            }
            int k = queue[qHead];
            qHead = qHead + 1 == qLen ? 0 : qHead + 1;
            if (slotOwner[k] >= 0 || slotPrice[k] == 0) {
                continue;
            }
            int requeue = reverseBid(k, eps);
            if (requeue >= 0) {
                queue[qTail] = requeue;
                qTail = qTail + 1 == qLen ? 0 : qTail + 1;
            }
        }
        return true;
    }

    /**
     * The empty place {@code k} lowers its price to win the mentee who gains most by moving; returns the place that
     * mentee left if it must lower its price in turn, else {@link #NONE}.
     */
    private int reverseBid(int k, long eps) {
        int j = slotMentor[k];
        long b1 = Long.MIN_VALUE;
        long b2 = Long.MIN_VALUE;
        int i1 = -1;
        int s1 = 0;
        int base = j * CACHE;
        if (rThreshold[j] != UNCACHED) {
            for (int c = base, to = base + rCount[j]; c < to; c++) {
                int e = rMentee[c];
                int own = slotOf[e];
                if (own >= 0 && slotMentor[own] == j) {
                    continue;
                }
                long profit = own >= 0 ? scale * matchedScore[e] - slotPrice[own] : dropValue;
                long val = scale * rScore[c] - profit;
                if (val > b2) {
                    if (val > b1) {
                        b2 = b1;
                        b1 = val;
                        i1 = e;
                        s1 = rScore[c];
                    } else {
                        b2 = val;
                    }
                }
            }
            if (b2 < rThreshold[j]) {
                i1 = -1;
            }
        }
        if (i1 < 0) {
            int count = 0;
            long[] topV = this.topV;
            int[] topJ = this.topJ;
            int[] topS = this.topS;
            for (int q = colStart[j], to = colStart[j + 1]; q < to; q++) {
                int e = colMentee[q];
                int own = slotOf[e];
                if (own >= 0 && slotMentor[own] == j) {
                    continue;
                }
                long profit = own >= 0 ? scale * matchedScore[e] - slotPrice[own] : dropValue;
                long val = scale * colScore[q] - profit;
                if (count <= CACHE || val > topV[CACHE]) {
                    int at = count <= CACHE ? count++ : CACHE;
                    while (at > 0 && topV[at - 1] < val) {
                        topV[at] = topV[at - 1];
                        topJ[at] = topJ[at - 1];
                        topS[at] = topS[at - 1];
                        at--;
                    }
                    topV[at] = val;
                    topJ[at] = e;
                    topS[at] = colScore[q];
                }
            }
            int kept = Math.min(count, CACHE);
            for (int c = 0; c < kept; c++) {
                rMentee[base + c] = topJ[c];
                rScore[base + c] = topS[c];
            }
            rCount[j] = kept;
            rThreshold[j] = count > CACHE ? topV[CACHE] : Long.MIN_VALUE;
            if (count > 0) {
                b1 = topV[0];
                i1 = topJ[0];
                s1 = topS[0];
            }
            b2 = count > 1 ? topV[1] : Long.MIN_VALUE;
        }
        if (i1 < 0 || b1 < eps) {
            slotPrice[k] = 0;
            refresh(j);
            return NONE;
        }
        // a lone candidate (b2 unbounded below) takes the place for free; b2 - eps must not wrap around
        slotPrice[k] = b2 <= eps ? 0 : b2 - eps;
        int old = slotOf[i1];
        int requeue = NONE;
        if (old >= 0) {
            slotOwner[old] = -1;
            rThreshold[slotMentor[old]] = UNCACHED;
            if (slotPrice[old] > 0) {
                requeue = old;
            }
        }
        slotOwner[k] = i1;
        slotOf[i1] = k;
        matchedScore[i1] = s1;
        refresh(j);
        return requeue;
    }

    private int scoreOfSlotHolder(int e) {
        return matchedScore[e];
    }

    /**
     * Exact potentials by label correcting on the residual graph of the final matching, starting from the
     * auction prices rounded down to whole score points. Min-cost form: a pair costs {@code MAX_SCORE - score},
     * leaving a mentee out costs {@code dropCost}; node t collects the flow.
     */
    private Solution certify() {
        int[] mentorOf = new int[nE];
        int[] load = new int[nM];
        int[] holderStart = new int[nM + 1];
        for (int e = 0; e < nE; e++) {
            int s = slotOf[e];
            mentorOf[e] = s < 0 ? -1 : mentorOfSlot(s);
            if (s >= 0) {
                load[mentorOf[e]]++;
            }
        }
        for (int j = 0; j < nM; j++) {
            holderStart[j + 1] = holderStart[j] + load[j];
        }
        int[] holders = new int[holderStart[nM]];
        int[] fill = Arrays.copyOf(holderStart, nM);
        int[] matchedCost = new int[nE];
        for (int e = 0; e < nE; e++) {
            int j = mentorOf[e];
            if (j >= 0) {
                holders[fill[j]++] = e;
            }
        }
        // potentials: p[e] for mentees, p[nE + j] for mentors, p[nE + nM] for t
        int t = nE + nM;
        long[] p = new long[t + 1];
        for (int j = 0; j < nM; j++) {
            // a mentor without places has no price of its own: it starts high and the pairs bound it
            p[nE + j] = cap[j] == 0 ? UNBOUNDED : -Math.floorDiv(mentorPrice[j], scale);
        }
        for (int e = 0; e < nE; e++) {
            int j = mentorOf[e];
            if (j >= 0) {
                int c = MAX_SCORE - scoreOf(e, j);
                matchedCost[e] = c;
                p[e] = p[nE + j] - c;
            } else {
                p[e] = -dropCost;
            }
        }
        p[t] = 0;
        for (int j = 0; j < nM; j++) {
            if (load[j] > 0) {
                p[t] = Math.max(p[t], p[nE + j]);
            }
        }
        // label correcting: p[b] <= p[a] + cost(a -> b) on every residual arc
        int nodes = t + 1;
        int[] queue = new int[nodes + 1];
        boolean[] queued = new boolean[nodes];
        int qHead = 0;
        int qTail = 0;
        for (int x = 0; x < nodes; x++) {
            queue[qTail++] = x;
            queued[x] = true;
        }
        int qLen = queue.length;
        long budget = (long) ROUNDS_PER_NODE * nodes;
        while (qHead != qTail) {
            if (budget-- == 0) {
                return null;
            }
            int x = queue[qHead];
            qHead = qHead + 1 == qLen ? 0 : qHead + 1;
            queued[x] = false;
            long px = p[x];
            if (x < nE) {
                int own = mentorOf[x];
                for (int q = rowStart[x], to = rowStart[x + 1]; q < to; q++) {
                    int j = adjMentor[q];
                    if (j == own) {
                        continue;
                    }
                    long cand = px + (MAX_SCORE - adjScore[q]);
                    int y = nE + j;
                    if (cand < p[y]) {
                        p[y] = cand;
                        if (!queued[y]) {
                            queued[y] = true;
                            queue[qTail] = y;
                            qTail = qTail + 1 == qLen ? 0 : qTail + 1;
                        }
                    }
                }
                if (own >= 0) {
                    long cand = px + dropCost;
                    if (cand < p[t]) {
                        p[t] = cand;
                        if (!queued[t]) {
                            queued[t] = true;
                            queue[qTail] = t;
                            qTail = qTail + 1 == qLen ? 0 : qTail + 1;
                        }
                    }
                }
            } else if (x < t) {
                int j = x - nE;
                for (int h = holderStart[j]; h < holderStart[j + 1]; h++) {
                    int e = holders[h];
                    long cand = px - matchedCost[e];
                    if (cand < p[e]) {
                        p[e] = cand;
                        if (!queued[e]) {
                            queued[e] = true;
                            queue[qTail] = e;
                            qTail = qTail + 1 == qLen ? 0 : qTail + 1;
                        }
                    }
                }
                if (load[j] < fullCap[j] && px < p[t]) {
                    p[t] = px;
                    if (!queued[t]) {
                        queued[t] = true;
                        queue[qTail] = t;
                        qTail = qTail + 1 == qLen ? 0 : qTail + 1;
                    }
                }
            } else {
                for (int j = 0; j < nM; j++) {
                    int y = nE + j;
                    if (load[j] > 0 && px < p[y]) {
                        p[y] = px;
                        if (!queued[y]) {
                            queued[y] = true;
                            queue[qTail] = y;
                            qTail = qTail + 1 == qLen ? 0 : qTail + 1;
                        }
                    }
                }
                for (int e = 0; e < nE; e++) {
                    long cand = px - dropCost;
                    if (mentorOf[e] < 0 && cand < p[e]) {
                        p[e] = cand;
                        if (!queued[e]) {
                            queued[e] = true;
                            queue[qTail] = e;
                            qTail = qTail + 1 == qLen ? 0 : qTail + 1;
                        }
                    }
                }
            }
        }
        for (int e = 0; e < nE; e++) {
            if (mentorOf[e] >= 0) {
                p[e] = p[nE + mentorOf[e]] - matchedCost[e];
            }
        }
        long pt = p[t];
        long[] menteePrice = new long[nE];
        long[] mentorPriceOut = new long[nM];
        int matched = 0;
        long total = 0;
        for (int e = 0; e < nE; e++) {
            // u = -(p - pt); price U = dropCost - u, zero for mentees left out
            long u = -(p[e] - pt);
            if (mentorOf[e] >= 0) {
                menteePrice[e] = dropCost - u;
                matched++;
                total += MAX_SCORE - matchedCost[e];
            } else {
                menteePrice[e] = 0;
            }
        }
        for (int j = 0; j < nM; j++) {
            long v = p[nE + j] - pt;
            mentorPriceOut[j] = Math.max(0, -v);
        }
        return new Solution(matched, total, mentorOf, menteePrice, mentorPriceOut);
    }

    private int mentorOfSlot(int slot) {
        int lo = 0;
        int hi = nM - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (slotStart[mid] <= slot) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (cap[lo] == 0 || slotStart[lo + 1] <= slot) {
            lo++;
        }
        return lo;
    }

    private int scoreOf(int e, int j) {
        for (int q = rowStart[e], to = rowStart[e + 1]; q < to; q++) {
            if (adjMentor[q] == j) {
                return adjScore[q];
            }
        }
        throw new IllegalStateException("mentee " + e + " holds a place of a mentor it may not take");
    }
}
