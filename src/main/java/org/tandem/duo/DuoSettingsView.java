package org.tandem.duo;

import java.util.List;

/** A programme's duo settings; {@code version} is null while the programme works with the defaults. */
public record DuoSettingsView(long programmeId, int confirmationHours, int noMeetingDays, int agreementDays,
        int belowFrequencyPercent, int endingSoonDays, List<String> themes, String codeOfConduct,
        int codeOfConductVersion, Long version) {

    static DuoSettingsView from(DuoSettings s, boolean stored) {
        return new DuoSettingsView(s.programmeId(), s.confirmationHours(), s.noMeetingDays(), s.agreementDays(),
                s.belowFrequencyPercent(), s.endingSoonDays(), s.themes(), s.codeOfConduct(),
                s.codeOfConductVersion(), stored ? s.version() : null);
    }
}
