package org.tandem.duo;

import java.util.List;

public record DuoSettingsView(long programmeId, int confirmationHours, int noMeetingDays, int agreementDays,
        int belowFrequencyPercent, int endingSoonDays, List<String> themes, String codeOfConduct,
        int codeOfConductVersion) {

    static DuoSettingsView from(DuoSettings s) {
        return new DuoSettingsView(s.programmeId(), s.confirmationHours(), s.noMeetingDays(), s.agreementDays(),
                s.belowFrequencyPercent(), s.endingSoonDays(), s.themes(), s.codeOfConduct(),
                s.codeOfConductVersion());
    }
}
