package org.tandem.account;

import java.time.Instant;

/** A person removed one of their own second factors. */
public record SecondFactorRemoved(long accountId, SecondFactorKind factor, Instant at) {
}
