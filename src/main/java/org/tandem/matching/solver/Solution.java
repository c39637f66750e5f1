package org.tandem.matching.solver;

/**
 * A matching with, optionally, its dual certificate.
 *
 * @param matched           number of matched mentees
 * @param totalScore        sum of the scores of the matched pairs
 * @param mentorOfMentee    for every mentee the mentor index, or -1 if unmatched
 * @param menteePotential   dual price per mentee for the weights {@code score + OptimalityChecker.bigWeight(n)};
 *                          null when the solver gives no certificate
 * @param mentorPotential   dual price per mentor, null when the solver gives no certificate
 */
public record Solution(int matched, long totalScore, int[] mentorOfMentee,
                       long[] menteePotential, long[] mentorPotential) {

    public Solution {
        mentorOfMentee = mentorOfMentee.clone();
        menteePotential = menteePotential == null ? null : menteePotential.clone();
        mentorPotential = mentorPotential == null ? null : mentorPotential.clone();
    }

    @Override
    public int[] mentorOfMentee() {
        return mentorOfMentee.clone();
    }

    @Override
    public long[] menteePotential() {
        return menteePotential == null ? null : menteePotential.clone();
    }

    @Override
    public long[] mentorPotential() {
        return mentorPotential == null ? null : mentorPotential.clone();
    }

    public int mentorOf(int mentee) {
        return mentorOfMentee[mentee];
    }

    public boolean hasCertificate() {
        return menteePotential != null && mentorPotential != null;
    }
}
