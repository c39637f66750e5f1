package org.tandem.account;

import java.util.Set;

/** Who is signed in, with what they may reach. */
public record CurrentUser(long id, String email, String displayName, Set<Role> roles, Set<Long> programmeIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admins reach every programme; coordinators the ones assigned to them; nobody else any. */
    public boolean mayManageProgramme(long programmeId) {
        return has(Role.ADMIN) || has(Role.COORDINATOR) && programmeIds.contains(programmeId);
    }

    public boolean managesAllProgrammes() {
        return has(Role.ADMIN);
    }
}
