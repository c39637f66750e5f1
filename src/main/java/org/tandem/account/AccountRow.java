package org.tandem.account;

import java.time.Instant;
import java.util.Set;

/** One account in the admins' list. */
public record AccountRow(long id, String email, String displayName, Set<Role> roles, boolean active,
        Instant createdAt) {

    static AccountRow from(UserAccount account) {
        return new AccountRow(account.id(), account.email(), account.displayName(), account.roles(),
                account.enabled(), account.createdAt());
    }
}
