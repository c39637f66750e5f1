package org.tandem.participant;

import java.time.LocalDate;

/** A new version of a consent text as a coordinator publishes it. */
public record NewConsentText(ConsentPurpose purpose, String textNl, String textEn, String textFr,
        LocalDate effectiveFrom, boolean material) {
}
