package org.tandem.matching.solver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** {@code solve INSTANCE.json}: prints the optimal matching as JSON. Exit codes: 0 ok, 1 usage/IO, 2 malformed. */
public final class SolveCommand {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SolveCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !"solve".equals(args[0])) {
            err.println("usage: solve INSTANCE.json");
            return 1;
        }
        Path file = Path.of(args[1]);
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
        Solution solution = new AssignmentSolver().solve(instance);
        long millis = (System.nanoTime() - start) / 1_000_000;
        write(instance, solution, millis, out);
        return 0;
    }

    private static void write(Instance instance, Solution solution, long millis, PrintStream out) {
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
            g.writeEndObject();
        }
        out.println();
        out.flush();
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
