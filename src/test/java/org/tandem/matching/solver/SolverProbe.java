package org.tandem.matching.solver;

import java.nio.file.Path;
import java.util.Arrays;

/** Development probe (not a test): times one solver method on an instance file. args: FILE METHOD RUNS */
public final class SolverProbe {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Instance in = InstanceReader.read(Path.of(args[0]));
        System.out.printf("read %.1f ms, %d pairs%n", (System.nanoTime() - t0) / 1e6, in.pairCount());
        String method = args.length > 1 ? args[1] : "solver";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Solution s = null;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            s = switch (method) {
                case "solver" -> new AssignmentSolver().solve(in);
                case "ssp" -> new ShortestAugmentingPaths(in).solve();
                case "cand" -> CandidatePairs.solve(in);
                case "est" -> CandidatePairs.solveFromEstimate(in);
                default -> throw new IllegalArgumentException(method);
            };
            ms[r] = (System.nanoTime() - t) / 1e6;
            cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        OptimalityChecker.Result c = OptimalityChecker.check(in, s);
        System.out.printf("thread cpu %s%n", Arrays.toString(cpu));
        System.out.printf("%s %s matched=%d score=%d certified=%s%n", method, Arrays.toString(ms), s.matched(),
                s.totalScore(), c.certified());
    }
}
