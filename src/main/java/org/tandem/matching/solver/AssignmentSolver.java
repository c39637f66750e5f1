package org.tandem.matching.solver;

/**
 * Exact solver: maximum number of matched mentees, then maximum total score, with a dual certificate
 * that {@link OptimalityChecker} can verify. Stateless and thread-safe.
 *
 * <p>Picks a method per instance. With fewer places than mentees the searches start at the mentors
 * ({@link MentorRootedPaths}). Otherwise the mentee-rooted shortest augmenting paths run first, which is
 * fastest when most mentees can have one of their best partners; if the searches grow long (many mentees
 * competing for the same attractive mentors, so prices must rise step by step) they stop after scanning
 * about as many pairs as the instance has, and an auction on candidate pairs takes over
 * ({@link CandidatePairs}). Its result is checked against the certificate conditions before it is returned;
 * should that ever fail, the shortest augmenting paths solve the instance to the end.
 */
public final class AssignmentSolver {

    public Solution solve(Instance instance) {
        if (fewerPlacesThanMentees(instance)) {
            return new MentorRootedPaths(instance).solve();
        }
        Solution quick = new ShortestAugmentingPaths(instance).solve(searchBudget(instance));
        if (quick != null) {
            return quick;
        }
        if (ScaledAuction.suits(instance)) {
            Solution s = CandidatePairs.solve(instance);
            if (s != null && OptimalityChecker.check(instance, s).certified()) {
                return s;
            }
        }
        return new ShortestAugmentingPaths(instance).solve();
    }

    /** Pairs the mentee-rooted searches may scan before the auction takes over. */
    static long searchBudget(Instance instance) {
        return instance.pairCount() + 64L * instance.menteeCount();
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
