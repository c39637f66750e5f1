package org.tandem.duo.web;

import org.tandem.duo.DuoSettingsChange;
import org.tandem.duo.DuoSettingsView;

/**
 * A programme's duo settings as edited on the page or through the API; the themes one per line, and the version
 * of the settings the form was filled from.
 */
record DuoSettingsForm(Integer confirmationHours, Integer noMeetingDays, Integer agreementDays,
        Integer belowFrequencyPercent, Integer endingSoonDays, String themes, String codeOfConduct, Long version) {

    static DuoSettingsForm from(DuoSettingsView settings) {
        return new DuoSettingsForm(settings.confirmationHours(), settings.noMeetingDays(), settings.agreementDays(),
                settings.belowFrequencyPercent(), settings.endingSoonDays(), String.join("\n", settings.themes()),
                settings.codeOfConduct(), settings.version());
    }

    DuoSettingsChange toCommand() {
        return new DuoSettingsChange(confirmationHours, noMeetingDays, agreementDays, belowFrequencyPercent,
                endingSoonDays, themes, codeOfConduct, version);
    }
}
