package org.tandem.account;

import java.time.Instant;

/** A person got a new set of recovery codes (the earlier ones no longer work). */
public record RecoveryCodesIssued(long accountId, int count, Instant at) {
}
