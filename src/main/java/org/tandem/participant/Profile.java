package org.tandem.participant;

import java.util.Map;
import java.util.Set;
import org.tandem.shared.Language;

/** What matching uses of a participant; everything but availability may be empty. */
public record Profile(Map<Language, LanguageLevel> languages, Set<Sector> sectors, EducationSector educationSector,
        Availability availability, MeetingMode meetingMode, Set<String> interests, DigitalSkills digitalSkills,
        Integer yearsOfExperience, String ambition, String needs, Gender gender,
        GenderPreference genderPreference) {

    public Profile {
        languages = Map.copyOf(languages);
        sectors = Set.copyOf(sectors);
        interests = Set.copyOf(interests);
        availability = availability == null ? Availability.NONE : availability;
    }

    public static Profile empty() {
        return new Profile(Map.of(), Set.of(), null, Availability.NONE, MeetingMode.BOTH, Set.of(), null, null,
                null, null, null, null);
    }
}
