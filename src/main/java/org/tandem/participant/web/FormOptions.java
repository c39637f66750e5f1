package org.tandem.participant.web;

import java.util.List;
import org.springframework.ui.Model;
import org.tandem.participant.Availability;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EducationSector;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.Gender;
import org.tandem.participant.GenderPreference;
import org.tandem.participant.IntakeCheck;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.MigrationBackground;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.Sector;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/** The choices the participant forms offer. */
final class FormOptions {

    private FormOptions() {
    }

    static void addTo(Model model) {
        model.addAttribute("allLanguages", Language.values());
        model.addAttribute("allLevels", LanguageLevel.values());
        model.addAttribute("allSectors", Sector.values());
        model.addAttribute("allEducationSectors", EducationSector.values());
        model.addAttribute("weekdays", Availability.Weekday.values());
        model.addAttribute("dayParts", Availability.DayPart.values());
        model.addAttribute("allMeetingModes", MeetingMode.values());
        model.addAttribute("allDigitalSkills", DigitalSkills.values());
        model.addAttribute("allGenders", Gender.values());
        model.addAttribute("allGenderPreferences", GenderPreference.values());
        model.addAttribute("allCountries", Country.values());
        model.addAttribute("allRoles", ParticipantRole.values());
        model.addAttribute("allStatuses", EnrolmentStatus.values());
        model.addAttribute("allBackgrounds", MigrationBackground.values());
        model.addAttribute("allIntakeChecks", IntakeCheck.values());
        model.addAttribute("allConsentPurposes", ConsentPurpose.values());
        model.addAttribute("allSorts", org.tandem.participant.ParticipantFilter.Sort.values());
        model.addAttribute("applicationConsents", List.of(ConsentPurpose.PARTICIPATION,
                ConsentPurpose.PROFILE_SHARING, ConsentPurpose.RESEARCH, ConsentPurpose.EMPLOYER_PROGRESS));
    }
}
