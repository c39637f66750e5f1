package org.tandem.matching.solver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code solve INSTANCE.json [--certificate]}: prints the optimal matching as JSON, after checking its dual
 * certificate; {@code --certificate} adds the dual prices. Exit codes: 0 ok, 1 usage/IO, 2 malformed, 3 the
 * solution failed its own certificate check (nothing is printed on standard output then).
 */
public final class SolveCommand {
    static final String USAGE = "usage: solve INSTANCE.json [--certificate]";

    private static final JsonFactory FACTORY = new JsonFactory();

    private SolveCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, instance -> new AssignmentSolver().solve(instance));
    }

    static int run(String[] args, PrintStream out, PrintStream err,
                   java.util.function.Function<Instance, Solution> solver) {
        String fileArg = null;
        boolean certificate = false;
        boolean usage = args.length < 2 || args.length > 3 || !"solve".equals(args[0]);
        for (int a = 1; a < args.length && !usage; a++) {
            if ("--certificate".equals(args[a]) && !certificate) {
                certificate = true;
            } else if (fileArg == null && !args[a].startsWith("--")) {
                fileArg = args[a];
            } else {
                usage = true;
            }
        }
        if (usage || fileArg == null) {
            err.println(USAGE);
            return 1;
        }
        Path file = Path.of(fileArg);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("cannot read instance file: " + file);
            return 1;
        }
        Instance instance;
        try {
            instance = InstanceReader.read(file);
        } catch (InstanceFormatException e) {
            err.println("malformed instance " + file + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read instance file: " + file + ": " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        Solution solution = solver.apply(instance);
        long millis = (System.nanoTime() - start) / 1_000_000;
        OptimalityChecker.Result check = OptimalityChecker.check(instance, solution);
        if (!check.certified()) {
            err.println("certificate check failed (" + check.violationCount() + " violations); the solution is not "
                    + "printed because it cannot be shown optimal. Please report this with the instance file.");
            check.violations().forEach(v -> err.println("  " + v));
            return 3;
        }
        write(instance, solution, millis, certificate, out);
        return 0;
    }

    private static void write(Instance instance, Solution solution, long millis, boolean certificate,
                              PrintStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberProperty("matched", solution.matched());
            g.writeNumberProperty("totalScore", solution.totalScore());
            g.writeNumberProperty("solveMillis", millis);
            g.writeName("assignments");
            g.writeStartArray();
            int nE = instance.menteeCount();
            for (int e = 0; e < nE; e++) {
                int m = solution.mentorOf(e);
                if (m >= 0) {
                    g.writeStartObject();
                    g.writeStringProperty("mentee", instance.menteeId(e));
                    g.writeStringProperty("mentor", instance.mentorId(m));
                    g.writeNumberProperty("score", instance.score(e, m));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeName("unmatched");
            g.writeStartArray();
            for (int e = 0; e < nE; e++) {
                if (solution.mentorOf(e) < 0) {
                    g.writeString(instance.menteeId(e));
                }
            }
            g.writeEndArray();
            if (certificate) {
                writeCertificate(instance, solution, g);
            }
            g.writeEndObject();
        }
        out.println();
        out.flush();
    }

    /**
     * The dual prices: with {@code weight = score + bigWeight} per allowed pair, every pair has
     * {@code menteePrice + mentorPrice >= weight}, matched pairs with equality, unmatched mentees and mentors with
     * free places price 0, all prices non-negative. Then no matching has more weight, so none matches more mentees
     * or, with as many, scores more.
     */
    private static void writeCertificate(Instance instance, Solution solution, JsonGenerator g) {
        long[] u = solution.menteePotential();
        long[] v = solution.mentorPotential();
        g.writeName("certificate");
        g.writeStartObject();
        g.writeNumberProperty("bigWeight", OptimalityChecker.bigWeight(instance.menteeCount()));
        g.writeName("menteePrices");
        g.writeStartArray();
        for (int e = 0; e < instance.menteeCount(); e++) {
            g.writeStartObject();
            g.writeStringProperty("mentee", instance.menteeId(e));
            g.writeNumberProperty("price", u[e]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("mentorPrices");
        g.writeStartArray();
        for (int j = 0; j < instance.mentorCount(); j++) {
            g.writeStartObject();
            g.writeStringProperty("mentor", instance.mentorId(j));
            g.writeNumberProperty("price", v[j]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Lets the generator flush into the caller's stream without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
