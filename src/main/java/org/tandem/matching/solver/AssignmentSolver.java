package org.tandem.matching.solver;

/**
 * Exact solver: maximum number of matched mentees, then maximum total score, with a dual certificate
 * that {@link OptimalityChecker} can verify. Stateless and thread-safe.
 *
 * <p>Picks a method per instance from cheap statistics. With fewer places than mentees the searches start at the
 * mentors ({@link MentorRootedPaths}). When a sample of the pairs shows that mentors differ in overall appeal (many
 * places whose mean score stands out, {@link PriceEstimate}), successive shortest paths would have to raise prices
 * step by step, so the auction on candidate pairs chosen after estimated prices solves it ({@link CandidatePairs}).
 * Otherwise the mentee-rooted shortest augmenting paths run first, which is fastest when most mentees can have one of
 * their best partners; should their searches grow long they stop after scanning about as many pairs as the instance
 * has, and the candidate pairs take over. Every result but the reference method's own is checked against the
 * certificate conditions before it is returned; should that ever fail, the shortest augmenting paths (the reference
 * method) solve the instance to the end.
 */
public final class AssignmentSolver {

    public Solution solve(Instance instance) {
        if (fewerPlacesThanMentees(instance)) {
            return new MentorRootedPaths(instance).solve();
        }
        boolean auctionSuits = ScaledAuction.suits(instance);
        boolean appeal = auctionSuits && PriceEstimate.of(instance, PriceEstimate.ROUGH).appealDominates(instance);
        if (appeal) {
            Solution s = certified(instance, CandidatePairs.solveFromEstimate(instance));
            if (s != null) {
                return s;
            }
        }
        Solution quick = new ShortestAugmentingPaths(instance).solve(searchBudget(instance));
        if (quick != null) {
            return quick;
        }
        if (auctionSuits) {
            Solution s = appeal ? null : certified(instance, CandidatePairs.solveFromEstimate(instance));
            if (s == null) {
                s = certified(instance, CandidatePairs.solve(instance));
            }
            if (s != null) {
                return s;
            }
        }
        return new ShortestAugmentingPaths(instance).solve();
    }

    private static Solution certified(Instance instance, Solution s) {
        return s != null && OptimalityChecker.check(instance, s).certified() ? s : null;
    }

    /**
     * Pairs the mentee-rooted searches may scan before the auction takes over: a few times the pairs (cohorts whose
     * mentors differ in appeal only moderately take 3 to 4), far below what strongly dominating appeal takes
     * (over 100 times the pairs).
     */
    static long searchBudget(Instance instance) {
        return 8L * instance.pairCount() + 64L * instance.menteeCount();
    }

    /** Picks the side to root the searches at: the scarce side finds free partners fast. */
    static boolean fewerPlacesThanMentees(Instance instance) {
        long places = 0;
        for (int j = 0; j < instance.mentorCount(); j++) {
            places += Math.min(instance.capacity(j), instance.menteeCount());
        }
        return places < instance.menteeCount();
    }
}
