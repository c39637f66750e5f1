package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SolverBruteForceTest {
    private final AssignmentSolver solver = new AssignmentSolver();

    static Solution solveAndCertify(AssignmentSolver solver, Instance in) {
        Solution s = solver.solve(in);
        OptimalityChecker.Result r = OptimalityChecker.check(in, s);
        assertThat(r.violations()).as("checker violations").isEmpty();
        assertThat(r.certified()).isTrue();
        return s;
    }

    static Solution certify(Instance in, Solution s) {
        OptimalityChecker.Result r = OptimalityChecker.check(in, s);
        assertThat(r.violations()).as("checker violations").isEmpty();
        return s;
    }

    private void assertOptimal(Instance in, String label) {
        long[] best = BruteForce.optimum(in);
        Solution s = solveAndCertify(solver, in);
        assertThat(new long[] {s.matched(), s.totalScore()}).as(label).containsExactly(best);
        Solution menteeRooted = certify(in, new ShortestAugmentingPaths(in).solve());
        assertThat(new long[] {menteeRooted.matched(), menteeRooted.totalScore()}).as("mentee-rooted " + label)
                .containsExactly(best);
        Solution mentorRooted = certify(in, new MentorRootedPaths(in).solve());
        assertThat(new long[] {mentorRooted.matched(), mentorRooted.totalScore()}).as("mentor-rooted " + label)
                .containsExactly(best);
        Solution auction = new ScaledAuction(in).solve();
        if (auction != null) {
            certify(in, auction);
            assertThat(new long[] {auction.matched(), auction.totalScore()}).as("auction " + label)
                    .containsExactly(best);
            auctionsSettled++;
        }
        Solution candidates = CandidatePairs.solve(in);
        if (candidates != null) {
            certify(in, candidates);
            assertThat(new long[] {candidates.matched(), candidates.totalScore()}).as("candidate pairs " + label)
                    .containsExactly(best);
        }
        Solution estimated = CandidatePairs.solveFromEstimate(in);
        if (estimated != null) {
            certify(in, estimated);
            assertThat(new long[] {estimated.matched(), estimated.totalScore()}).as("estimated prices " + label)
                    .containsExactly(best);
        }
        Solution repaired = repairedFromRandomSubset(in, label.hashCode());
        assertThat(new long[] {repaired.matched(), repaired.totalScore()}).as("repaired " + label)
                .containsExactly(best);
    }

    /** Optimal on a random half of the pairs, with its exact prices, then repaired on all pairs: must be optimal. */
    static Solution repairedFromRandomSubset(Instance in, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] keep = new boolean[in.pairCount()];
        for (int p = 0; p < keep.length; p++) {
            keep[p] = rnd.nextBoolean();
        }
        Instance half = in.withPairs(keep);
        Solution partial = certify(half, new ShortestAugmentingPaths(half).solve());
        Solution repaired = PriceRepair.repair(in, partial, in.menteeCount());
        assertThat(repaired).isNotNull();
        return certify(in, repaired);
    }

    private int auctionsSettled;

    @Test
    void matchesBruteForceOnThousandsOfTinyRandomInstances() {
        SplittableRandom meta = new SplittableRandom(20261123L);
        GeneratedInstance.Family[] families = GeneratedInstance.Family.values();
        for (int t = 0; t < 6000; t++) {
            long seed = meta.nextLong();
            int mentees = meta.nextInt(8);
            int mentors = meta.nextInt(5);
            double density = new double[] {0.0, 0.3, 0.6, 1.0}[meta.nextInt(4)];
            int minCap = meta.nextInt(2);
            int maxCap = minCap + meta.nextInt(3);
            GeneratedInstance.Family family = families[meta.nextInt(families.length)];
            Instance in = GeneratedInstance.random(seed, family, mentees, mentors, density, minCap, maxCap).instance();
            assertOptimal(in, "case " + t + " seed " + seed + " " + family + " " + mentees + "x" + mentors);
        }
        // the auction may give up and leave the instance to the searches, but not often
        assertThat(auctionsSettled).isGreaterThan(5400);
    }

    /** Rows longer than the candidate lists, so that the candidate method must prove pairs it left out. */
    @Test
    void auctionAndCandidatePairsAgreeWithTheReferenceOnMediumInstancesOfEveryFamily() {
        SplittableRandom meta = new SplittableRandom(20261204L);
        GeneratedInstance.Family[] families = GeneratedInstance.Family.values();
        int candidateRuns = 0;
        int estimateRuns = 0;
        for (int t = 0; t < 150; t++) {
            GeneratedInstance.Family family = families[t % families.length];
            int mentees = 20 + meta.nextInt(120);
            int mentors = Math.max(1, (int) (mentees * (0.4 + meta.nextDouble())));
            double density = new double[] {0.05, 0.3, 0.6, 1.0}[meta.nextInt(4)];
            int minCap = meta.nextInt(2);
            int maxCap = minCap + meta.nextInt(3);
            long seed = meta.nextLong();
            Instance in = GeneratedInstance.random(seed, family, mentees, mentors, density, minCap, maxCap).instance();
            String label = "case " + t + " seed " + seed + " " + family + " " + mentees + "x" + mentors;
            Solution reference = certify(in, new ShortestAugmentingPaths(in).solve());
            long[] best = {reference.matched(), reference.totalScore()};
            Solution auction = new ScaledAuction(in).solve();
            if (auction != null) {
                certify(in, auction);
                assertThat(new long[] {auction.matched(), auction.totalScore()}).as("auction " + label)
                        .containsExactly(best);
            }
            Solution estimated = CandidatePairs.solveFromEstimate(in);
            if (estimated != null) {
                estimateRuns++;
                certify(in, estimated);
                assertThat(new long[] {estimated.matched(), estimated.totalScore()}).as("estimated " + label)
                        .containsExactly(best);
            }
            Solution repaired = repairedFromRandomSubset(in, seed);
            assertThat(new long[] {repaired.matched(), repaired.totalScore()}).as("repaired " + label)
                    .containsExactly(best);
            Solution candidates = CandidatePairs.solve(in);
            if (candidates != null) {
                candidateRuns++;
                certify(in, candidates);
                assertThat(new long[] {candidates.matched(), candidates.totalScore()}).as("candidates " + label)
                        .containsExactly(best);
            }
            Solution chosen = solveAndCertify(solver, in);
            assertThat(new long[] {chosen.matched(), chosen.totalScore()}).as("solver " + label).containsExactly(best);
        }
        assertThat(candidateRuns).isGreaterThan(120);
        assertThat(estimateRuns).isGreaterThan(120);
    }

    @Test
    void appealInstanceSwitchesFromSearchesToTheAuctionAndStaysExact() {
        Instance in = GeneratedInstance.random(7, GeneratedInstance.Family.APPEAL, 400, 280, 0.3, 1, 2).instance();
        assertThat(new ShortestAugmentingPaths(in).solve(AssignmentSolver.searchBudget(in))).as("searches give up")
                .isNull();
        Solution reference = certify(in, new ShortestAugmentingPaths(in).solve());
        Solution s = solveAndCertify(solver, in);
        assertThat(new long[] {s.matched(), s.totalScore()})
                .containsExactly(reference.matched(), reference.totalScore());
    }

    @Test
    void appealFamilyTakesTheEstimatedPricesAndAgreesWithTheReference() {
        for (long seed = 1; seed <= 6; seed++) {
            Instance in = GeneratedInstance.random(seed, GeneratedInstance.Family.APPEAL, 300 + 50 * (int) seed,
                    210 + 35 * (int) seed, 0.3, 1, 2).instance();
            assertThat(PriceEstimate.of(in).appealDominates(in)).as("appeal dominates, seed " + seed).isTrue();
            Solution reference = certify(in, new ShortestAugmentingPaths(in).solve());
            Solution estimated = CandidatePairs.solveFromEstimate(in);
            assertThat(estimated).as("estimated prices settle, seed " + seed).isNotNull();
            certify(in, estimated);
            assertThat(new long[] {estimated.matched(), estimated.totalScore()}).as("seed " + seed)
                    .containsExactly(reference.matched(), reference.totalScore());
            Solution s = solveAndCertify(solver, in);
            assertThat(new long[] {s.matched(), s.totalScore()}).as("solver, seed " + seed)
                    .containsExactly(reference.matched(), reference.totalScore());
        }
        Instance uniform = GeneratedInstance.random(3, GeneratedInstance.Family.UNIFORM, 400, 300, 0.3, 1, 2).instance();
        assertThat(PriceEstimate.of(uniform).appealDominates(uniform)).as("uniform scores: no appeal").isFalse();
    }

    @Test
    void repairMovesMenteesAlongPathsAndFreesPlacesWhosePriceFalls() {
        // on the first pair only, e0 takes m0 and m0 is priced; with e0's second pair, e1 and e0 both fit
        Instance in = Instance.of(List.of("m0", "m1"), new int[] {1, 1}, List.of("e0", "e1"),
                new int[] {0, 0, 1}, new int[] {0, 1, 0}, new int[] {900, 800, 850});
        boolean[] first = {true, false, true};
        Instance part = in.withPairs(first);
        Solution partial = certify(part, new ShortestAugmentingPaths(part).solve());
        assertThat(partial.matched()).isEqualTo(1);
        Solution repaired = certify(in, PriceRepair.repair(in, partial, 2));
        assertThat(repaired.matched()).isEqualTo(2);
        assertThat(repaired.totalScore()).isEqualTo(1650);
        assertThat(repaired.mentorOfMentee()).containsExactly(1, 0);
        assertThat(PriceRepair.repair(in, partial, 0)).as("more uncovered mentees than allowed").isNull();
    }

    @Test
    void scarceCapacityPrefersMoreMatchesOverHigherScore() {
        // e0 can only take m0; e1 prefers m0 strongly but can also take m1.
        Instance in = Instance.of(List.of("m0", "m1"), new int[] {1, 1}, List.of("e0", "e1"),
                new int[] {0, 1, 1}, new int[] {0, 0, 1}, new int[] {10, 1000, 0});
        Solution s = solveAndCertify(solver, in);
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.totalScore()).isEqualTo(10);
        assertThat(s.mentorOfMentee()).containsExactly(0, 1);
    }

    @Test
    void dropsLowScoringMenteeForBetterOneWhenCardinalityTies() {
        Instance in = Instance.of(List.of("m0"), new int[] {1}, List.of("e0", "e1"),
                new int[] {0, 1}, new int[] {0, 0}, new int[] {10, 900});
        Solution s = solveAndCertify(solver, in);
        assertThat(s.mentorOfMentee()).containsExactly(-1, 0);
        assertThat(s.totalScore()).isEqualTo(900);
    }

    @Test
    void degenerateInstances() {
        Instance empty = Instance.of(List.of(), new int[0], List.of(), new int[0], new int[0], new int[0]);
        assertThat(solveAndCertify(solver, empty).matched()).isZero();

        Instance noMentors = Instance.of(List.of(), new int[0], List.of("e0", "e1"), new int[0], new int[0], new int[0]);
        Solution s = solveAndCertify(solver, noMentors);
        assertThat(s.mentorOfMentee()).containsExactly(-1, -1);

        Instance noMentees = Instance.of(List.of("m0"), new int[] {2}, List.of(), new int[0], new int[0], new int[0]);
        assertThat(solveAndCertify(solver, noMentees).matched()).isZero();

        Instance zeroCapacity = Instance.of(List.of("m0", "m1"), new int[] {0, 1}, List.of("e0", "e1"),
                new int[] {0, 1, 1}, new int[] {0, 0, 1}, new int[] {1000, 1000, 3});
        s = solveAndCertify(solver, zeroCapacity);
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.totalScore()).isEqualTo(3);
    }

    @Test
    void duplicatePairsKeepTheHigherScore() {
        Instance in = Instance.of(List.of("m0"), new int[] {1}, List.of("e0"),
                new int[] {0, 0, 0}, new int[] {0, 0, 0}, new int[] {5, 700, 40});
        assertThat(in.pairCount()).isEqualTo(1);
        assertThat(in.score(0, 0)).isEqualTo(700);
        assertThat(solveAndCertify(solver, in).totalScore()).isEqualTo(700);
    }

    @Test
    void factoryRejectsBadInput() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Instance.of(List.of("m0"), new int[] {1},
                        List.of("e0"), new int[] {0}, new int[] {1}, new int[] {5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pairs[0]: mentor index 1 out of range (1 mentors)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Instance.of(List.of("m0"), new int[] {-2},
                        List.of("e0"), new int[0], new int[0], new int[0]))
                .hasMessage("mentors[0].capacity must be a non-negative integer");
    }

    @Test
    void rootsSearchesAtTheScarceSide() {
        Instance plenty = Instance.of(List.of("m0"), new int[] {2}, List.of("e0", "e1"),
                new int[0], new int[0], new int[0]);
        Instance scarce = Instance.of(List.of("m0"), new int[] {1}, List.of("e0", "e1"),
                new int[0], new int[0], new int[0]);
        assertThat(AssignmentSolver.fewerPlacesThanMentees(plenty)).isFalse();
        assertThat(AssignmentSolver.fewerPlacesThanMentees(scarce)).isTrue();
    }

    @Test
    void greedyIsFeasibleButCanLoseMatches() {
        Instance in = Instance.of(List.of("m0", "m1"), new int[] {1, 1}, List.of("e0", "e1"),
                new int[] {0, 1, 1}, new int[] {0, 0, 1}, new int[] {10, 1000, 0});
        Solution g = new GreedySolver().solve(in);
        assertThat(g.matched()).isEqualTo(1);
        assertThat(g.totalScore()).isEqualTo(1000);
        OptimalityChecker.Result r = OptimalityChecker.check(in, g);
        assertThat(r.violations()).containsExactly("no dual certificate");
    }
}
