package org.tandem.matching.solver;

/**
 * Exact solver: maximum number of matched mentees, then maximum total score, with a dual certificate
 * that {@link OptimalityChecker} can verify. Stateless and thread-safe.
 */
public final class AssignmentSolver {

    public Solution solve(Instance instance) {
        return fewerPlacesThanMentees(instance)
                ? new MentorRootedPaths(instance).solve()
                : new ShortestAugmentingPaths(instance).solve();
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
