package org.tandem.account;

import java.time.Instant;

/** A person set up a second factor (an authenticator app or a passkey) for their own account. */
public record SecondFactorEnrolled(long accountId, SecondFactorKind factor, Instant at) {
}
