package org.tandem;

import java.io.PrintStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tandem.evaluation.StatisticsCommandLine;
import org.tandem.matching.SolverCommandLine;

@SpringBootApplication
public class TandemApplication {

    public static void main(String[] args) {
        if (isSolve(args)) {
            // the solver runs on an instance file without starting the web application
            System.exit(solve(args, System.out, System.err));
        }
        if (StatisticsCommandLine.handles(args)) {
            // prepost and alpha run on a CSV file for audits, also without the web application
            System.exit(StatisticsCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(TandemApplication.class, args);
    }

    static boolean isSolve(String[] args) {
        return args.length > 0 && "solve".equals(args[0]);
    }

    static int solve(String[] args, PrintStream out, PrintStream err) {
        return SolverCommandLine.run(args, out, err);
    }
}
