package org.tandem.account;

import java.time.Instant;

/** An invitation just made: the absolute link to send, and until when it works. */
public record IssuedInvitation(String email, String link, Instant expiresAt) {
}
