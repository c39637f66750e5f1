package org.tandem.duo;

/** Changes a programme's duo settings; the themes one per line. */
public record DuoSettingsChange(Integer confirmationHours, Integer noMeetingDays, Integer agreementDays,
        Integer belowFrequencyPercent, Integer endingSoonDays, String themes, String codeOfConduct) {
}
