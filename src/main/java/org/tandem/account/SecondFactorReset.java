package org.tandem.account;

import java.time.Instant;

/**
 * An admin removed all of a person's second factors and recovery codes (a lost phone), with the reason they gave;
 * the person sets a factor up again at their next sign-in when their role requires one.
 */
public record SecondFactorReset(long accountId, long resetBy, String reason, Instant at) {
}
