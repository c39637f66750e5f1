package org.tandem.duo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tandem.shared.FieldException;

/** What a programme decides for its duos: the confirmation window, the health thresholds, themes, code of conduct. */
@Entity
@Table(name = "duo_settings")
class DuoSettings {

    static final int CONFIRMATION_HOURS = 24;
    static final int NO_MEETING_DAYS = 21;
    static final int AGREEMENT_DAYS = 14;
    static final int BELOW_FREQUENCY_PERCENT = 50;
    static final int ENDING_SOON_DAYS = 14;

    @Id
    private Long programmeId;

    @Version
    private long version;

    private int confirmationHours;
    private int noMeetingDays;
    private int agreementDays;
    private int belowFrequencyPercent;
    private int endingSoonDays;
    private String themes;
    private String codeOfConduct;
    private int codeOfConductVersion;
    private Instant updatedAt;

    protected DuoSettings() {
    }

    /** The defaults, for a programme that has not set its own. */
    static DuoSettings defaults(long programmeId, String codeOfConduct, List<String> themes) {
        var settings = new DuoSettings();
        settings.programmeId = programmeId;
        settings.confirmationHours = CONFIRMATION_HOURS;
        settings.noMeetingDays = NO_MEETING_DAYS;
        settings.agreementDays = AGREEMENT_DAYS;
        settings.belowFrequencyPercent = BELOW_FREQUENCY_PERCENT;
        settings.endingSoonDays = ENDING_SOON_DAYS;
        settings.themes = String.join("\n", themes);
        settings.codeOfConduct = codeOfConduct;
        settings.codeOfConductVersion = 1;
        settings.updatedAt = Instant.EPOCH;
        return settings;
    }

    /** Changes the settings; a changed code of conduct is a new version, which new agreements carry. */
    void change(DuoSettingsChange change, Instant now) {
        confirmationHours = positive("confirmationHours", change.confirmationHours(), 24 * 30);
        noMeetingDays = positive("noMeetingDays", change.noMeetingDays(), 365);
        agreementDays = positive("agreementDays", change.agreementDays(), 365);
        belowFrequencyPercent = positive("belowFrequencyPercent", change.belowFrequencyPercent(), 100);
        endingSoonDays = positive("endingSoonDays", change.endingSoonDays(), 365);
        var themeList = lines(change.themes());
        if (themeList.isEmpty()) {
            throw new FieldException("themes", "duo.settings.themes.required");
        }
        themes = String.join("\n", themeList);
        if (change.codeOfConduct() == null || change.codeOfConduct().isBlank()) {
            throw new FieldException("codeOfConduct", "duo.settings.codeOfConduct.required");
        }
        String code = change.codeOfConduct().strip();
        if (!code.equals(codeOfConduct)) {
            codeOfConduct = code;
            codeOfConductVersion++;
        }
        updatedAt = now;
    }

    private static int positive(String field, Integer value, int max) {
        if (value == null || value < 1 || value > max) {
            throw new FieldException(field, "duo.settings.range", 1, max);
        }
        return value;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    long version() {
        return version;
    }

    long programmeId() {
        return programmeId;
    }

    Duration confirmationWindow() {
        return Duration.ofHours(confirmationHours);
    }

    int confirmationHours() {
        return confirmationHours;
    }

    int noMeetingDays() {
        return noMeetingDays;
    }

    int agreementDays() {
        return agreementDays;
    }

    int belowFrequencyPercent() {
        return belowFrequencyPercent;
    }

    int endingSoonDays() {
        return endingSoonDays;
    }

    List<String> themes() {
        return lines(themes);
    }

    String codeOfConduct() {
        return codeOfConduct;
    }

    int codeOfConductVersion() {
        return codeOfConductVersion;
    }
}
