package org.tandem.account;

import java.util.Locale;
import java.util.Set;

/**
 * Whom to invite, with which role(s); coordinators may be assigned programmes at once. The language is the
 * invitee's (nl, en, fr) and decides the language of the invitation mail.
 */
public record NewInvitation(String email, String displayName, Set<Role> roles, Set<Long> programmeIds,
        Locale language) {

    public NewInvitation {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        programmeIds = programmeIds == null ? Set.of() : Set.copyOf(programmeIds);
        language = language == null ? Locale.forLanguageTag("nl") : language;
    }

    public NewInvitation(String email, String displayName, Role role) {
        this(email, displayName, Set.of(role), Set.of(), null);
    }
}
