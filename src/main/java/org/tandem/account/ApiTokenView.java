package org.tandem.account;

import java.time.Instant;

/** A token as its owner sees it in the list: never the secret. */
public record ApiTokenView(long id, String name, ApiTokenScope scope, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
