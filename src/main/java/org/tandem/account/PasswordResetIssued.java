package org.tandem.account;

/** The mail with a forced password reset's link, rendered in the language of the admin who forced it. */
public record PasswordResetIssued(String email, String displayName, String language, String subject, String body) {

    /** The body holds the link: never printed. */
    @Override
    public String toString() {
        return "PasswordResetIssued[email=" + email + "]";
    }
}
