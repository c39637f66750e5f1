package org.tandem.account;

/**
 * An authenticator app being set up: the secret to type in (or the QR code of the otpauth URI to scan), shown on this
 * page only; {@code sealed} is the secret encrypted, kept in the session until the person confirms a code.
 */
public record TotpSetup(String secret, String otpauthUri, String qrSvg, String sealed) {

    /** The secret in groups of four, easier to type. */
    public String secretGrouped() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
