package org.tandem.account;

import java.time.Instant;
import java.util.Set;

/** An open invitation as the invitee sees it. */
public record InvitationView(String email, String displayName, Set<Role> roles, Instant expiresAt) {

    static InvitationView from(Invitation invitation) {
        return new InvitationView(invitation.email(), invitation.displayName(), invitation.roles(),
                invitation.expiresAt());
    }
}
