package org.tandem.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.tandem.participant.Application;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.MigrationBackground;
import org.tandem.participant.ParticipantRole;
import org.tandem.shared.Language;

/** The public application form; {@code website} is a honeypot that people never see nor fill in. */
record ApplicationForm(
        @NotNull Long cohortId,
        Long siteId,
        @NotNull ParticipantRole role,
        @Valid PersonForm person,
        @Valid ProfileForm profile,
        Set<ConsentPurpose> consents,
        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{sensitive.country.invalid}") String countryOfBirth,
        MigrationBackground migrationBackground,
        String website) {

    /** A post without person or profile fields (not from our page) gets the empty parts, hence field errors, not a 500. */
    ApplicationForm {
        person = person == null ? PersonForm.empty(Language.NL) : person;
        profile = profile == null ? ProfileForm.empty() : profile;
    }

    static ApplicationForm empty(ParticipantRole role, Language language, Long cohortId) {
        return new ApplicationForm(cohortId, null, role, PersonForm.empty(language), ProfileForm.empty(), Set.of(),
                "", null, "");
    }

    /** Never prints country of birth or migration background, should a form ever be logged. */
    @Override
    public String toString() {
        return "ApplicationForm[cohortId=" + cohortId + ", role=" + role + "]";
    }

    boolean isSpam() {
        return website != null && !website.isBlank();
    }

    Application toApplication(long programmeId) {
        return new Application(programmeId, cohortId, role, siteId, person.toData(), profile.toProfile(),
                consents == null ? Set.of() : consents, countryOfBirth, migrationBackground);
    }
}
