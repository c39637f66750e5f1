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

    /** The analyses of a programme's evaluation: its coordinators and the researchers assigned to it, and admins. */
    public boolean mayAnalyse(long programmeId) {
        return mayManageProgramme(programmeId) || has(Role.RESEARCHER) && programmeIds.contains(programmeId);
    }

    public boolean managesAllProgrammes() {
        return has(Role.ADMIN);
    }
}
