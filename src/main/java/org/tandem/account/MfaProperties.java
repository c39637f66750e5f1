package org.tandem.account;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Multi-factor authentication (see application.properties, tandem.mfa.*): which roles must have a second factor, the
 * key that encrypts TOTP secrets (Base64 of 32 bytes; without it, the file key-file, made at first start), and the
 * issuer name an authenticator app shows.
 */
@ConfigurationProperties("tandem.mfa")
record MfaProperties(Set<Role> requiredRoles, String key, String keyFile, String issuer) {

    MfaProperties {
        requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
        keyFile = keyFile == null || keyFile.isBlank() ? "./data/mfa.key" : keyFile;
        issuer = issuer == null || issuer.isBlank() ? "Tandem" : issuer;
    }

    boolean required(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }
}
