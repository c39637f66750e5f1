package org.tandem.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.tandem.account.NewInvitation;
import org.tandem.account.Role;

/** The admin's invitation form on the page and the request body of the API. */
record InviteForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @Pattern(regexp = "nl|en|fr") String language,
        Set<Long> programmeIds) {

    static InviteForm empty(Locale locale) {
        return new InviteForm("", "", Role.MENTOR, locale.getLanguage(), Set.of());
    }

    NewInvitation toInvitation() {
        return new NewInvitation(email.trim(), displayName.trim(), Set.of(role),
                role == Role.COORDINATOR ? programmeIds : Set.of(),
                Locale.forLanguageTag(language == null || language.isBlank() ? "nl" : language));
    }
}
