package org.tandem.account;

import java.util.Set;

/** What it takes to create a user; the password arrives in clear and is hashed at once. */
public record NewUser(String email, String displayName, String password, Set<Role> roles) {

    @Override
    public String toString() {
        return "NewUser[email=" + email + ", roles=" + roles + "]";
    }
}
