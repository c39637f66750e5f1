package org.tandem.account;

import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors a sign-in carries, as Spring Security's {@link FactorGrantedAuthority}s: the password and a passkey
 * are Spring's own; the authenticator app and a recovery code are Tandem's.
 */
final class SecondFactorAuthorities {

    static final String TOTP = "FACTOR_TOTP";
    static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";
    /** Missing from a sign-in that still owes its second step; the page chain sends it to that step. */
    static final String SECOND = "FACTOR_SECOND";

    private SecondFactorAuthorities() {
    }

    static boolean complete(org.springframework.security.core.Authentication authentication) {
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> TOTP.equals(a) || RECOVERY_CODE.equals(a)
                        || FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a));
    }
}
