package org.tandem.account;

import java.time.Instant;

/** A person signed in with one of their recovery codes instead of their second factor. */
public record RecoveryCodeUsed(long accountId, int remaining, Instant at) {
}
