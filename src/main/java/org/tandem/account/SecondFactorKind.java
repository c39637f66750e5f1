package org.tandem.account;

/** The second factors Tandem offers after the password. */
public enum SecondFactorKind {
    /** An authenticator app (TOTP, RFC 6238). */
    TOTP,
    /** A passkey (WebAuthn). */
    PASSKEY
}
