package org.tandem.matching.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a solution from primal and dual values alone.
 *
 * <p>With weight {@code w = score + bigWeight(n)} for every allowed pair, a maximum-weight b-matching
 * maximises the number of matched mentees first and the total score second, because one more matched
 * mentee is worth more than any possible score difference ({@code bigWeight > 1000 n}). The LP
 * <pre>max sum w x, sum_mentor x &lt;= 1 per mentee, sum_mentee x &lt;= capacity per mentor, x &gt;= 0</pre>
 * is integral, so the matching is optimal iff there are prices {@code U >= 0} per mentee and
 * {@code V >= 0} per mentor with {@code U + V >= w} on every pair, equality on matched pairs, {@code U = 0}
 * on unmatched mentees and {@code V = 0} on mentors below capacity.
 */
public final class OptimalityChecker {
    private static final int MAX_REPORTED = 50;
    /** Bound on prices that keeps every sum below overflow. */
    private static final long MAX_PRICE = 1L << 60;

    private OptimalityChecker() {
    }

    /** Violations found, at most {@value #MAX_REPORTED} listed; {@code violationCount} counts them all. */
    public record Result(List<String> violations, long violationCount) {
        public Result {
            violations = List.copyOf(violations);
        }

        public boolean certified() {
            return violationCount == 0;
        }
    }

    /** The cardinality bonus added to every score. */
    public static long bigWeight(int menteeCount) {
        return (Instance.MAX_SCORE + 1L) * (menteeCount + 1L);
    }

    public static Result check(Instance instance, Solution solution) {
        Report report = new Report();
        int nE = instance.menteeCount();
        int nM = instance.mentorCount();
        int[] mentorOf = solution.mentorOfMentee();
        if (mentorOf.length != nE) {
            report.add("assignment has " + mentorOf.length + " entries for " + nE + " mentees");
            return report.result();
        }
        int[] load = new int[nM];
        int[] matchedScore = new int[nE];
        int matched = 0;
        long total = 0;
        for (int e = 0; e < nE; e++) {
            int m = mentorOf[e];
            if (m == -1) {
                continue;
            }
            if (m < 0 || m >= nM) {
                report.add("mentee " + e + ": mentor index " + m + " out of range");
                mentorOf[e] = -1;
                continue;
            }
            int s = instance.score(e, m);
            if (s < 0) {
                report.add("mentee " + e + ": pair with mentor " + m + " is not allowed");
                mentorOf[e] = -1;
                continue;
            }
            matchedScore[e] = s;
            load[m]++;
            matched++;
            total += s;
        }
        for (int m = 0; m < nM; m++) {
            if (load[m] > instance.capacity(m)) {
                report.add("mentor " + m + ": " + load[m] + " mentees exceed capacity " + instance.capacity(m));
            }
        }
        if (matched != solution.matched()) {
            report.add("reported matched " + solution.matched() + " but the assignment matches " + matched);
        }
        if (total != solution.totalScore()) {
            report.add("reported total score " + solution.totalScore() + " but the assignment scores " + total);
        }
        checkDuals(instance, solution, mentorOf, matchedScore, load, report);
        return report.result();
    }

    private static void checkDuals(Instance instance, Solution solution, int[] mentorOf, int[] matchedScore,
                                   int[] load, Report report) {
        long[] u = solution.menteePotential();
        long[] v = solution.mentorPotential();
        int nE = instance.menteeCount();
        int nM = instance.mentorCount();
        if (u == null || v == null) {
            report.add("no dual certificate");
            return;
        }
        if (u.length != nE || v.length != nM) {
            report.add("dual arrays have " + u.length + "/" + v.length + " entries for "
                    + nE + " mentees/" + nM + " mentors");
            return;
        }
        boolean inRange = true;
        for (int e = 0; e < nE; e++) {
            if (u[e] < 0 || u[e] > MAX_PRICE) {
                report.add("mentee " + e + ": price " + u[e] + " outside 0.." + MAX_PRICE);
                inRange = false;
            } else if (u[e] > 0 && mentorOf[e] < 0) {
                report.add("mentee " + e + ": unmatched but has positive price " + u[e]);
            }
        }
        for (int m = 0; m < nM; m++) {
            if (v[m] < 0 || v[m] > MAX_PRICE) {
                report.add("mentor " + m + ": price " + v[m] + " outside 0.." + MAX_PRICE);
                inRange = false;
            } else if (v[m] > 0 && load[m] < instance.capacity(m)) {
                report.add("mentor " + m + ": below capacity but has positive price " + v[m]);
            }
        }
        if (!inRange) {
            return;
        }
        long big = bigWeight(nE);
        for (int e = 0; e < nE; e++) {
            for (int k = 0, d = instance.degree(e); k < d; k++) {
                int m = instance.pairMentor(e, k);
                long slack = u[e] + v[m] - big - instance.pairScore(e, k);
                if (slack < 0) {
                    report.add("pair (mentee " + e + ", mentor " + m + "): prices fall short of weight by " + -slack);
                }
            }
            int m = mentorOf[e];
            if (m >= 0) {
                long slack = u[e] + v[m] - big - matchedScore[e];
                if (slack != 0) {
                    report.add("matched pair (mentee " + e + ", mentor " + m + ") is not tight: slack " + slack);
                }
            }
        }
    }

    private static final class Report {
        final List<String> messages = new ArrayList<>();
        long count;

        void add(String message) {
            if (count++ < MAX_REPORTED) {
                messages.add(message);
            }
        }

        Result result() {
            return new Result(messages, count);
        }
    }
}
