package org.tandem.account;

import java.time.Instant;

/** A person's passkey as they see it: their label for it, when it was registered and last used. */
public record PasskeyView(String id, String label, Instant createdAt, Instant lastUsedAt) {
}
