package org.tandem.participant.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.participant.Availability;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Gender;
import org.tandem.participant.GenderPreference;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.Profile;
import org.tandem.participant.Sector;
import org.tandem.shared.Language;

/**
 * The profile on forms. Languages arrive as "NL:B2" values, one select per language, so that the form needs no
 * script; an empty value means the person does not speak it.
 */
record ProfileForm(
        List<@Pattern(regexp = "^$|^[A-Z]{2}:(A1|A2|B1|B2|C1|C2|NATIVE)$") String> languages,
        Set<Sector> sectors,
        EducationSector educationSector,
        Set<String> availability,
        MeetingMode meetingMode,
        @Size(max = 300) String interests,
        DigitalSkills digitalSkills,
        @Min(0) @Max(60) Integer yearsOfExperience,
        @Size(max = 2000) String ambition,
        @Size(max = 2000) String needs,
        Gender gender,
        GenderPreference genderPreference) {

    static ProfileForm empty() {
        return from(Profile.empty());
    }

    static ProfileForm from(Profile profile) {
        return new ProfileForm(
                profile.languages().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList(),
                profile.sectors(), profile.educationSector(), profile.availability().slots(), profile.meetingMode(),
                String.join(", ", profile.interests()), profile.digitalSkills(), profile.yearsOfExperience(),
                profile.ambition(), profile.needs(), profile.gender(), profile.genderPreference());
    }

    Profile toProfile() {
        var spoken = new EnumMap<Language, LanguageLevel>(Language.class);
        if (languages != null) {
            for (String value : languages) {
                if (value != null && !value.isBlank()) {
                    String[] parts = value.split(":");
                    spoken.put(Language.valueOf(parts[0]), LanguageLevel.valueOf(parts[1]));
                }
            }
        }
        var slots = availability == null ? Set.<String>of()
                : availability.stream().filter(Availability.allSlots()::contains).collect(Collectors.toSet());
        var tags = interests == null ? Set.<String>of() : Arrays.stream(interests.split("[,;]"))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new Profile(spoken, sectors == null ? Set.of() : sectors, educationSector, Availability.of(slots),
                meetingMode, tags, digitalSkills, yearsOfExperience, ambition, needs, gender, genderPreference);
    }

    /** The level chosen for a language, for the form's selects. */
    public String levelOf(Language language) {
        if (languages == null) {
            return "";
        }
        return languages.stream().filter(v -> v != null && v.startsWith(language.name() + ":")).findFirst()
                .map(v -> v.substring(v.indexOf(':') + 1)).orElse("");
    }
}
