package org.tandem.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An account as an admin manages it: roles, the programmes it is assigned to (coordinators and researchers), the
 * programmes it could be assigned to, and whether a forced password reset waits for its owner.
 */
public record AccountDetails(long id, String email, String displayName, Set<Role> roles, boolean active,
        Instant createdAt, boolean assignable, List<ProgrammeRef> programmes, List<ProgrammeRef> otherProgrammes,
        Instant passwordResetUntil, boolean self) {

    public record ProgrammeRef(long id, String name) {
    }
}
