package org.tandem.matching.solver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Side-by-side benchmark (not a test). Arguments (all optional):
 * {@code sizes=2000x1500,5000x4000,10000x8000 workloads=uniform,popular,appeal,scarce,tight,picky runs=7
 * coldRuns=3 coldJar=target/tandem-0.1.0-SNAPSHOT.jar out=bench/out ortools=mcf,lsa lsaMax=2000 scipy=dense,sparse
 * scipyTimeout=600 refRuns=3 refRepeatBelow=10 seed=1}. Use
 * {@code ortools=} or {@code scipy=} to skip. The appeal workload has 0.7 mentors per mentee whatever the size says.
 * What is timed, so that every ratio compares like with like:
 * <ul>
 * <li>references: their solve call only ({@code solveMaxFlowWithMinCost()}, {@code LinearSumAssignment.solve()},
 * SciPy's {@code linear_sum_assignment} / {@code min_weight_full_bipartite_matching}); building their model and
 * reading the file are not included (OR-Tools runs in this JVM, SciPy in its own Python process); median of
 * {@code refRuns} runs when the first took under {@code refRepeatBelow} seconds, else that one run;</li>
 * <li>Tandem warm: {@code AssignmentSolver.solve} in this JVM after earlier runs (median of {@code runs}), including the
 * solver's own certificate check of its result;</li>
 * <li>Tandem cold: the {@code solve} command in a fresh JVM, as a user runs it ({@code coldJar=} the packaged jar, else
 * the class path), median of {@code coldRuns} of the solve time it reports: the same {@code AssignmentSolver.solve}
 * with everything the fresh JVM pays inside it (interpreter, JIT compilation, class loading), but not the JVM start,
 * reading the file, the command's final certificate check or printing.</li>
 * </ul>
 * Both ratios are solve-only against solve-only. For the whole picture the table also gives end to end times of
 * the two command-line tools, process start to exit: the {@code solve} command and {@code bench/scipy_solve.py}
 * (Python start, NumPy/SciPy import, reading the file, building the matrix, solving), the faster of its two kinds.
 */
public final class SolverBenchmark {
    private record Workload(String name, GeneratedInstance.Family family, double density, int minCap, int maxCap,
                            double mentorsPerMentee) {
    }

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("uniform", GeneratedInstance.Family.UNIFORM, 0.3, 1, 2, 0),
            new Workload("popular", GeneratedInstance.Family.POPULAR, 0.3, 1, 2, 0),
            new Workload("appeal", GeneratedInstance.Family.APPEAL, 0.3, 1, 2, 0.7),
            new Workload("scarce", GeneratedInstance.Family.POPULAR, 0.003, 1, 1, 0),
            new Workload("tight", GeneratedInstance.Family.UNIFORM, 0.3, 1, 1, 0),
            new Workload("picky", GeneratedInstance.Family.PICKY, 0.3, 1, 2, 0));

    public static void main(String[] args) throws Exception {
        Config c = new Config(args);
        Files.createDirectories(c.out);
        List<String> rows = new ArrayList<>();
        System.out.printf("max heap %d MB, %d cores, java %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (String size : c.sizes) {
            String[] d = size.split("x");
            int mentees = Integer.parseInt(d[0]);
            int mentors = Integer.parseInt(d[1]);
            for (String wname : c.workloads) {
                Workload w = WORKLOADS.stream().filter(x -> x.name.equals(wname)).findFirst().orElseThrow();
                rows.add(run(c, w, mentees, mentors));
            }
        }
        System.out.println();
        System.out.println("| size | workload | pairs | Tandem warm ms | Tandem cold ms | OR MCF ms | OR LSA ms | "
                + "SciPy dense ms | SciPy sparse ms | fastest reference | warm ratio | cold ratio | "
                + "end to end: solve command ms | end to end: SciPy script ms | "
                + "matched / score | greedy matched / score | heap MB (instance + solve peak) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "worst warm ratio %.3f (%s), worst cold ratio %.3f (%s)%n",
                worstWarm, worstWarmAt, worstCold, worstColdAt);
    }

    private static double worstWarm;
    private static double worstCold;
    private static String worstWarmAt = "-";
    private static String worstColdAt = "-";

    private static String run(Config c, Workload w, int mentees, int sizeMentors) throws Exception {
        int mentors = w.mentorsPerMentee > 0 ? (int) Math.round(mentees * w.mentorsPerMentee) : sizeMentors;
        String label = mentees + "x" + mentors + " " + w.name;
        System.out.println("== " + label + " (load average " + loadAverage() + ")");
        long seed = c.seed * 1_000_003L + mentees * 31L + w.name.hashCode();
        GeneratedInstance raw = GeneratedInstance.random(seed, w.family, mentees, mentors, w.density, w.minCap, w.maxCap);
        long t0 = System.nanoTime();
        Instance in = raw.instance();
        double buildMs = (System.nanoTime() - t0) / 1e6;
        Path file = c.out.resolve(mentees + "x" + mentors + "-" + w.name + ".json");
        if (!Files.exists(file)) {
            raw.writeJson(file);
        }
        raw = null;
        gc();
        long t1 = System.nanoTime();
        Instance fromFile = InstanceReader.read(file);
        double readS = (System.nanoTime() - t1) / 1e9;
        if (fromFile.pairCount() != in.pairCount()) {
            throw new IllegalStateException("file round trip lost pairs");
        }
        fromFile = null;
        gc();
        long instanceHeap = usedHeap();
        resetPeaks();
        int runs = mentees >= 10_000 ? Math.max(3, c.runs / 2) : c.runs;
        double[] times = new double[runs];
        Solution s = null;
        for (int r = 0; r < runs; r++) {
            gc();
            long t = System.nanoTime();
            s = new AssignmentSolver().solve(in);
            times[r] = (System.nanoTime() - t) / 1e6;
        }
        long peak = peakHeap();
        double tandemMs = median(times);
        OptimalityChecker.Result check = OptimalityChecker.check(in, s);
        if (!check.certified()) {
            throw new IllegalStateException("not certified: " + check.violations());
        }
        System.out.printf("tandem %.1f ms (runs %s) matched=%d score=%d, certified%n", tandemMs,
                Arrays.toString(times), s.matched(), s.totalScore());

        double[] gt = new double[runs];
        Solution g = null;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            g = new GreedySolver().solve(in);
            gt[r] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("greedy %.1f ms matched=%d score=%d%n", median(gt), g.matched(), g.totalScore());

        double[] coldTimes = c.coldRuns > 0 ? cold(c, file, s, Math.max(1, c.coldRuns)) : new double[] {Double.NaN, Double.NaN};
        double coldMs = coldTimes[0];
        System.out.printf(Locale.ROOT, "tandem cold (solve command) %.1f ms solving, %.1f ms process%n", coldMs,
                coldTimes[1]);

        double fastest = Double.POSITIVE_INFINITY;
        String fastestName = "-";
        String mcf = "-";
        String lsa = "-";
        if (c.ortools.contains("mcf")) {
            OrTools.Result r = null;
            double[] t = new double[c.refRuns];
            int n = 0;
            while (n < c.refRuns && (n == 0 || t[0] < c.refRepeatBelow)) {
                r = OrTools.minCostFlow(in);
                agree(s, r.matched(), r.totalScore(), "OR-Tools MinCostFlow");
                t[n++] = r.solveSeconds();
            }
            double solve = median(Arrays.copyOf(t, n));
            mcf = String.format(Locale.ROOT, "%.1f", solve * 1000);
            if (solve < fastest) {
                fastest = solve;
                fastestName = "OR MCF";
            }
            System.out.printf("or-tools mcf solve %.3f s (runs %s, build %.1f s)%n", solve,
                    Arrays.toString(Arrays.copyOf(t, n)), r.buildSeconds());
        }
        if (c.ortools.contains("lsa") && mentees <= c.lsaMax) {
            OrTools.Result r = null;
            double[] t = new double[c.refRuns];
            int n = 0;
            while (n < c.refRuns && (n == 0 || t[0] < c.refRepeatBelow)) {
                r = OrTools.linearSumAssignment(in);
                agree(s, r.matched(), r.totalScore(), "OR-Tools LinearSumAssignment");
                t[n++] = r.solveSeconds();
            }
            double solve = median(Arrays.copyOf(t, n));
            lsa = String.format(Locale.ROOT, "%.1f", solve * 1000);
            if (solve < fastest) {
                fastest = solve;
                fastestName = "OR LSA";
            }
            System.out.printf("or-tools lsa solve %.3f s (runs %s, build %.1f s)%n", solve,
                    Arrays.toString(Arrays.copyOf(t, n)), r.buildSeconds());
        }
        String[] scipy = {"-", "-"};
        double scipyWall = Double.POSITIVE_INFINITY;
        String[] kinds = {"dense", "sparse"};
        for (int k = 0; k < 2; k++) {
            if (c.scipy.contains(kinds[k])) {
                double[] res = scipy(c, file, kinds[k]);
                if (res != null && res[2] < c.refRepeatBelow && c.refRuns > 1) {
                    double[] t = new double[c.refRuns];
                    double[] wall = new double[c.refRuns];
                    t[0] = res[2];
                    wall[0] = res[3];
                    for (int n = 1; n < c.refRuns && res != null; n++) {
                        double[] again = scipy(c, file, kinds[k]);
                        if (again == null) {
                            res = null;
                        } else {
                            agree(s, (long) again[0], (long) again[1], "SciPy " + kinds[k]);
                            t[n] = again[2];
                            wall[n] = again[3];
                        }
                    }
                    if (res != null) {
                        System.out.println("scipy " + kinds[k] + " runs " + Arrays.toString(t));
                        res = new double[] {res[0], res[1], median(t), median(wall)};
                    }
                }
                if (res == null) {
                    scipy[k] = "> " + c.scipyTimeout + " s";
                } else {
                    agree(s, (long) res[0], (long) res[1], "SciPy " + kinds[k]);
                    scipy[k] = String.format(Locale.ROOT, "%.1f", res[2] * 1000);
                    scipyWall = Math.min(scipyWall, res[3]);
                    if (res[2] < fastest) {
                        fastest = res[2];
                        fastestName = "SciPy " + kinds[k];
                    }
                }
                System.out.println("scipy " + kinds[k] + " " + scipy[k] + " ms");
            }
        }
        String warmRatio = "-";
        String coldRatio = "-";
        if (!Double.isInfinite(fastest)) {
            double wr = tandemMs / 1000 / fastest;
            warmRatio = String.format(Locale.ROOT, "%.3f", wr);
            if (wr > worstWarm) {
                worstWarm = wr;
                worstWarmAt = label;
            }
            if (!Double.isNaN(coldMs)) {
                double cr = coldMs / 1000 / fastest;
                coldRatio = String.format(Locale.ROOT, "%.3f", cr);
                if (cr > worstCold) {
                    worstCold = cr;
                    worstColdAt = label;
                }
            }
        }
        return String.format(Locale.ROOT,
                "| %d×%d | %s | %d | %.1f | %.1f | %s | %s | %s | %s | %s | %s | %s | %.0f | %s | %d / %d | %d / %d "
                        + "| %d + %d |",
                mentees, mentors, w.name, in.pairCount(), tandemMs, coldMs, mcf, lsa, scipy[0], scipy[1],
                fastestName, warmRatio, coldRatio, coldTimes[1],
                Double.isInfinite(scipyWall) ? "-" : String.format(Locale.ROOT, "%.0f", scipyWall * 1000),
                s.matched(), s.totalScore(), g.matched(), g.totalScore(),
                instanceHeap >> 20, Math.max(0, peak - instanceHeap) >> 20);
    }

    /** This benchmark's class path (under exec:java it lives in the class loader, not in java.class.path). */
    private static String classPath() {
        if (SolverBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            StringBuilder sb = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    sb.append(sb.length() > 0 ? java.io.File.pathSeparator : "").append(Path.of(url.toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sb.toString();
        }
        return System.getProperty("java.class.path");
    }

    private static final Pattern SOLVE_MILLIS = Pattern.compile("\"solveMillis\":(\\d+)");
    private static final Pattern MATCHED = Pattern.compile("^\\{\"matched\":(\\d+),\"totalScore\":(\\d+)");

    /**
     * The {@code solve} command in a fresh JVM (same class path, main class {@code TandemApplication}); returns the
     * median of the solve times it reports, after checking that it exits 0 with the same optimum.
     */
    private static double[] cold(Config c, Path file, Solution s, int runs) throws IOException, InterruptedException {
        double[] ms = new double[runs];
        double[] wall = new double[runs];
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = c.coldJar == null
                ? List.of(javaBin, "-Xmx" + c.coldHeap, "-cp", classPath(), "org.tandem.TandemApplication", "solve",
                        file.toString())
                : List.of(javaBin, "-Xmx" + c.coldHeap, "-jar", c.coldJar, "solve", file.toString());
        for (int r = 0; r < runs; r++) {
            long started = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] head = new byte[256];
            int n = p.getInputStream().readNBytes(head, 0, head.length);
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            int code = p.waitFor();
            wall[r] = (System.nanoTime() - started) / 1e6;
            String text = new String(head, 0, n, StandardCharsets.UTF_8);
            Matcher m = SOLVE_MILLIS.matcher(text);
            Matcher mm = MATCHED.matcher(text);
            if (code != 0 || !m.find() || !mm.find()) {
                throw new IllegalStateException("solve command failed (exit " + code + "): " + text);
            }
            agree(s, Long.parseLong(mm.group(1)), Long.parseLong(mm.group(2)), "solve command");
            ms[r] = Double.parseDouble(m.group(1));
        }
        System.out.println("cold runs " + Arrays.toString(ms) + " ms solving, " + Arrays.toString(wall)
                + " ms process");
        return new double[] {median(ms), median(wall)};
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void agree(Solution s, long matched, long score, String who) {
        if (s.matched() != matched || s.totalScore() != score) {
            throw new IllegalStateException(who + " disagrees: " + matched + "/" + score
                    + " vs Tandem " + s.matched() + "/" + s.totalScore());
        }
    }

    private static final Pattern FIELD = Pattern.compile("\"(matched|totalScore|solveSeconds)\": ([0-9.eE+-]+)");

    /** Runs bench/scipy_solve.py in its own process; null on timeout. */
    private static double[] scipy(Config c, Path file, String kind) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder("python3", "bench/scipy_solve.py", file.toString(), kind)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(c.scipyTimeout, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return null;
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double[] res = new double[4];
        res[3] = wallSeconds;
        Matcher m = FIELD.matcher(outText);
        int found = 0;
        while (m.find()) {
            int idx = switch (m.group(1)) {
                case "matched" -> 0;
                case "totalScore" -> 1;
                default -> 2;
            };
            res[idx] = Double.parseDouble(m.group(2));
            found++;
        }
        if (p.exitValue() != 0 || found != 3) {
            throw new IllegalStateException("scipy " + kind + " failed: " + outText);
        }
        return res;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of per-pool peaks: an upper bound on the true peak. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static final class Config {
        List<String> sizes = List.of("2000x1500", "5000x4000", "10000x8000");
        List<String> workloads = List.of("uniform", "popular", "appeal", "scarce");
        List<String> ortools = List.of("mcf", "lsa");
        int lsaMax = 2000;
        /** Each reference runs refRuns times (median) when its first run took less than refRepeatBelow seconds. */
        int refRuns = 3;
        double refRepeatBelow = 10;
        int coldRuns = 3;
        String coldHeap = "3g";
        String coldJar;
        List<String> scipy = List.of("dense", "sparse");
        int runs = 7;
        long scipyTimeout = 600;
        long seed = 1;
        Path out = Path.of("bench/out");

        Config(String[] args) {
            for (String a : args) {
                for (String kv : a.trim().split("\\s+")) {
                    if (kv.isEmpty()) {
                        continue;
                    }
                    String[] p = kv.split("=", 2);
                    String v = p.length > 1 ? p[1] : "";
                    switch (p[0]) {
                        case "sizes" -> sizes = list(v);
                        case "workloads" -> workloads = list(v);
                        case "ortools" -> ortools = list(v);
                        case "scipy" -> scipy = list(v);
                        case "runs" -> runs = Integer.parseInt(v);
                        case "coldRuns" -> coldRuns = Integer.parseInt(v);
                        case "coldHeap" -> coldHeap = v;
                        case "coldJar" -> coldJar = v;
                        case "lsaMax" -> lsaMax = Integer.parseInt(v);
                        case "refRuns" -> refRuns = Integer.parseInt(v);
                        case "refRepeatBelow" -> refRepeatBelow = Double.parseDouble(v);
                        case "scipyTimeout" -> scipyTimeout = Long.parseLong(v);
                        case "seed" -> seed = Long.parseLong(v);
                        case "out" -> out = Path.of(v);
                        default -> throw new IllegalArgumentException("unknown argument " + kv);
                    }
                }
            }
        }

        private static List<String> list(String v) {
            return v.isEmpty() ? List.of() : List.of(v.split(","));
        }
    }
}
