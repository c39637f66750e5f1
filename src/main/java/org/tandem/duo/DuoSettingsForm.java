package org.tandem.duo;

/** A programme's duo settings as edited on the page or through the API; the themes one per line. */
public record DuoSettingsForm(Integer confirmationHours, Integer noMeetingDays, Integer agreementDays,
        Integer belowFrequencyPercent, Integer endingSoonDays, String themes, String codeOfConduct) {
}
