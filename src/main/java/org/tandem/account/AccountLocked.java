package org.tandem.account;

/**
 * An account was locked for a while after too many failed sign-ins; the mail to its owner, rendered in their
 * language (the notification module queues it).
 */
public record AccountLocked(String email, String displayName, String language, String subject, String body) {

    @Override
    public String toString() {
        return "AccountLocked[email=" + email + "]";
    }
}
