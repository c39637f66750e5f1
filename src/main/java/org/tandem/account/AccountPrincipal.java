package org.tandem.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it: the id is what the rest of Tandem keys on. */
final class AccountPrincipal implements UserDetails {

    /** Kept in the database's sessions (Spring Session JDBC): a new release still reads the sessions of the last. */
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String passwordHash;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;
    /** Added after the first release: sessions written before it read as NONE (Java serialization's default). */
    private final SecondFactorState secondFactor;

    AccountPrincipal(UserAccount account) {
        this(account, SecondFactorState.NONE);
    }

    AccountPrincipal(UserAccount account, SecondFactorState secondFactor) {
        this.id = account.id();
        this.email = account.email();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.authorities = account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        this.secondFactor = secondFactor;
    }

    SecondFactorState secondFactor() {
        return secondFactor == null ? SecondFactorState.NONE : secondFactor;
    }

    long id() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
