package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimalityCheckerTest {
    // e0: m0 900, m1 100; e1: m0 800, m1 700. Optimum e0-m0, e1-m1 = 1600 (the swap gives 900).
    private final Instance in = Instance.of(List.of("m0", "m1"), new int[] {1, 1}, List.of("e0", "e1"),
            new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}, new int[] {900, 100, 800, 700});
    private final Solution optimal = new AssignmentSolver().solve(in);

    @Test
    void certifiesTheSolverResult() {
        assertThat(optimal.mentorOfMentee()).containsExactly(0, 1);
        assertThat(optimal.totalScore()).isEqualTo(1600);
        assertThat(OptimalityChecker.check(in, optimal).certified()).isTrue();
    }

    @Test
    void rejectsSuboptimalSwapEvenWithTheOptimalDuals() {
        Solution swapped = new Solution(2, 900, new int[] {1, 0},
                optimal.menteePotential(), optimal.mentorPotential());
        OptimalityChecker.Result r = OptimalityChecker.check(in, swapped);
        assertThat(r.certified()).isFalse();
        assertThat(r.violations()).anyMatch(v -> v.contains("is not tight"));
    }

    @Test
    void rejectsOverCapacityMentor() {
        Solution both = new Solution(2, 1700, new int[] {0, 0}, optimal.menteePotential(), optimal.mentorPotential());
        assertThat(OptimalityChecker.check(in, both).violations())
                .anyMatch(v -> v.equals("mentor 0: 2 mentees exceed capacity 1"));
    }

    @Test
    void rejectsPairThatIsNotAllowed() {
        Instance sparse = Instance.of(List.of("m0", "m1"), new int[] {1, 1}, List.of("e0"),
                new int[] {0}, new int[] {0}, new int[] {500});
        Solution wrong = new Solution(1, 500, new int[] {1}, new long[] {0}, new long[] {0, 0});
        assertThat(OptimalityChecker.check(sparse, wrong).violations())
                .anyMatch(v -> v.equals("mentee 0: pair with mentor 1 is not allowed"));
    }

    @Test
    void rejectsBadDuals() {
        long[] u = optimal.menteePotential();
        u[0] -= 1;
        Solution lowered = new Solution(2, 1600, optimal.mentorOfMentee(), u, optimal.mentorPotential());
        assertThat(OptimalityChecker.check(in, lowered).violations())
                .anyMatch(v -> v.contains("prices fall short"));

        long[] negative = optimal.mentorPotential();
        negative[1] = -5;
        Solution neg = new Solution(2, 1600, optimal.mentorOfMentee(), optimal.menteePotential(), negative);
        assertThat(OptimalityChecker.check(in, neg).violations()).anyMatch(v -> v.startsWith("mentor 1: price -5"));
    }

    @Test
    void rejectsPositivePriceOnUnmatchedMenteeAndFreeMentor() {
        Instance two = Instance.of(List.of("m0", "m1"), new int[] {1, 1}, List.of("e0"),
                new int[] {0}, new int[] {0}, new int[] {500});
        long big = OptimalityChecker.bigWeight(1);
        Solution unmatched = new Solution(0, 0, new int[] {-1}, new long[] {big + 500}, new long[] {0, 7});
        List<String> v = OptimalityChecker.check(two, unmatched).violations();
        assertThat(v).contains("mentee 0: unmatched but has positive price " + (big + 500),
                "mentor 1: below capacity but has positive price 7");
    }

    @Test
    void rejectsWrongTotalsAndMissingCertificate() {
        Solution lying = new Solution(2, 1700, optimal.mentorOfMentee(), null, null);
        assertThat(OptimalityChecker.check(in, lying).violations()).containsExactly(
                "reported total score 1700 but the assignment scores 1600", "no dual certificate");
    }
}
