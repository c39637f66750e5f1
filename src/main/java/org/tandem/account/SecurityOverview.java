package org.tandem.account;

import java.time.Instant;
import java.util.List;

/**
 * A person's second factors as they (or an admin) see them: never a secret. {@code required}: their role demands a
 * factor.
 */
public record SecurityOverview(long accountId, String email, String displayName, boolean required, boolean totp,
        Instant totpSince, int recoveryCodesLeft, List<PasskeyView> passkeys) {

    public boolean anyFactor() {
        return totp() || !passkeys.isEmpty();
    }
}
