package org.tandem.programme.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.tandem.programme.MeetingFrequency;
import org.tandem.programme.ProgrammeDetails;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeView;
import org.tandem.shared.Language;

/**
 * The programme form on pages and the request body of the API; a change carries the programme's version as it was
 * read (optional in the API).
 */
record ProgrammeForm(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @NotNull ProgrammeKind kind,
        @NotEmpty(message = "{programme.languages.required}") Set<Language> languages,
        @NotNull @Min(1) @Max(36) Integer defaultDurationMonths,
        @NotNull MeetingFrequency meetingFrequency,
        @Min(16) @Max(100) Integer mentorMinimumAge,
        @Min(16) @Max(100) Integer menteeMaximumAge,
        Long version) {

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", ProgrammeKind.OTHER, EnumSet.of(Language.NL), 6, MeetingFrequency.WEEKLY,
                null, null, null);
    }

    static ProgrammeForm from(ProgrammeView programme) {
        return new ProgrammeForm(programme.name(), programme.description(), programme.kind(),
                programme.languages(), programme.defaultDurationMonths(), programme.meetingFrequency(),
                programme.mentorMinimumAge(), programme.menteeMaximumAge(), programme.version());
    }

    ProgrammeDetails toDetails() {
        return new ProgrammeDetails(name, description, kind, languages, defaultDurationMonths, meetingFrequency,
                mentorMinimumAge, menteeMaximumAge);
    }
}
