package org.tandem.matching;

import java.io.PrintStream;
import org.tandem.matching.solver.SolveCommand;

/** The solver on its own, on an instance file: {@code solve INSTANCE.json}, without the web application. */
public final class SolverCommandLine {

    private SolverCommandLine() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return SolveCommand.run(args, out, err);
    }
}
