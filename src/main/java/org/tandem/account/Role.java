package org.tandem.account;

/** What a user does in Tandem; a user may hold several roles. */
public enum Role {
    ADMIN, COORDINATOR, EMPLOYER_CONTACT, MENTOR, MENTEE, RESEARCHER;

    public String authority() {
        return "ROLE_" + name();
    }
}
