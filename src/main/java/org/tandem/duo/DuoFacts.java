package org.tandem.duo;

/**
 * What the health signals of one duo are computed from: the duo's vitals (with its meeting tally), and the agreement
 * in force (the latest version both signed, else the latest; null when there is none).
 */
record DuoFacts(DuoVitals duo, Agreement agreement) {

    record Agreement(int versionNo, String frequency, int durationMonths, boolean signedByBoth) {
    }
}
