package org.tandem.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's consents in one programme, purpose by purpose: the text in effect now (in the reader's language), the
 * consent in force if any, whether they are asked to agree again, and every consent they gave and withdrew.
 */
public record OwnConsents(long programmeId, String programmeName, List<PurposeState> purposes) {

    public record PurposeState(ConsentPurpose purpose, int currentVersion, String currentText,
            LocalDate currentSince, EnrolmentView.ConsentView inForce, boolean askAgain,
            List<EnrolmentView.ConsentView> history) {

        /** Agreed to an older version than the one in effect now. */
        public boolean outdated() {
            return inForce != null && inForce.textVersion() < currentVersion;
        }
    }
}
