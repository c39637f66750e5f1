package org.tandem.duo;

import java.time.LocalDate;
import java.util.List;

/**
 * What the health signals of one duo are computed from: the duo, the dates of its meetings, and the agreement in
 * force (the latest version both signed, else the latest; null when there is none).
 */
record DuoFacts(Duo duo, List<LocalDate> meetings, Agreement agreement) {

    record Agreement(int versionNo, String frequency, int durationMonths, boolean signedByBoth) {
    }
}
