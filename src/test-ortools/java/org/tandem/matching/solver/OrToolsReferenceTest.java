package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrToolsReferenceTest {
    private final AssignmentSolver solver = new AssignmentSolver();

    @ParameterizedTest
    @CsvSource({
        "1, UNIFORM, 300, 220, 0.3, 1, 2",
        "2, POPULAR, 300, 220, 0.3, 1, 2",
        "3, UNIFORM, 400, 150, 0.3, 1, 2",
        "4, POPULAR, 400, 150, 0.3, 0, 2",
        "5, POPULAR, 500, 400, 0.01, 1, 1",
        "6, UNIFORM, 500, 400, 0.005, 1, 2",
        "7, TIES, 300, 250, 0.05, 0, 3",
        "8, POPULAR, 200, 300, 0.3, 1, 1",
        "9, UNIFORM, 400, 300, 0.3, 1, 1",
        "10, POPULAR, 600, 300, 0.02, 1, 1",
        "11, TIES, 500, 200, 0.02, 0, 2",
        "12, PICKY, 600, 500, 0.3, 1, 2",
        "13, APPEAL, 600, 420, 0.3, 1, 2",
        "14, APPEAL, 300, 210, 0.3, 0, 3",
        "15, APPEAL, 500, 300, 0.05, 1, 1",
    })
    void agreesWithMinCostFlowAndAssignment(long seed, GeneratedInstance.Family family, int mentees, int mentors,
                                            double density, int minCap, int maxCap) {
        Instance in = GeneratedInstance.random(seed, family, mentees, mentors, density, minCap, maxCap).instance();
        Solution s = SolverBruteForceTest.solveAndCertify(solver, in);
        OrTools.Result flow = OrTools.minCostFlow(in);
        assertThat(new long[] {s.matched(), s.totalScore()}).as("vs MinCostFlow")
                .containsExactly(flow.matched(), flow.totalScore());
        for (Solution engine : new Solution[] {
                SolverBruteForceTest.certify(in, new ShortestAugmentingPaths(in).solve()),
                SolverBruteForceTest.certify(in, new MentorRootedPaths(in).solve())}) {
            assertThat(new long[] {engine.matched(), engine.totalScore()}).as("engine vs MinCostFlow")
                    .containsExactly(flow.matched(), flow.totalScore());
        }
        OrTools.Result lsa = OrTools.linearSumAssignment(in);
        assertThat(new long[] {s.matched(), s.totalScore()}).as("vs LinearSumAssignment")
                .containsExactly(lsa.matched(), lsa.totalScore());
    }
}
