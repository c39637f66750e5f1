package org.tandem.duo;

import java.time.Duration;

/** A programme's thresholds for the health signals. */
record HealthThresholds(Duration confirmationWindow, int noMeetingDays, int agreementDays, int belowFrequencyPercent,
        int endingSoonDays) {

    static HealthThresholds of(DuoSettings settings) {
        return new HealthThresholds(settings.confirmationWindow(), settings.noMeetingDays(), settings.agreementDays(),
                settings.belowFrequencyPercent(), settings.endingSoonDays());
    }

    static HealthThresholds defaults() {
        return new HealthThresholds(Duration.ofHours(DuoSettings.CONFIRMATION_HOURS), DuoSettings.NO_MEETING_DAYS,
                DuoSettings.AGREEMENT_DAYS, DuoSettings.BELOW_FREQUENCY_PERCENT, DuoSettings.ENDING_SOON_DAYS);
    }
}
