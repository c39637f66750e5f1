package org.tandem.duo;

/**
 * Changes a programme's duo settings; the themes one per line. {@code version} is that of the settings as read
 * ({@link DuoSettingsView#version()}): settings changed since are not overwritten. Without it (or while the
 * programme still works with the defaults) nothing is compared.
 */
public record DuoSettingsChange(Integer confirmationHours, Integer noMeetingDays, Integer agreementDays,
        Integer belowFrequencyPercent, Integer endingSoonDays, String themes, String codeOfConduct, Long version) {

    public DuoSettingsChange(Integer confirmationHours, Integer noMeetingDays, Integer agreementDays,
            Integer belowFrequencyPercent, Integer endingSoonDays, String themes, String codeOfConduct) {
        this(confirmationHours, noMeetingDays, agreementDays, belowFrequencyPercent, endingSoonDays, themes,
                codeOfConduct, null);
    }
}
