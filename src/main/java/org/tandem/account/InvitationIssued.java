package org.tandem.account;

/**
 * An invitation was made, with its mail rendered in the invitee's language. Published inside the inviting
 * transaction; the outbox queues the mail in that same transaction (the outbox depends on accounts, so
 * accounts cannot call it directly).
 */
public record InvitationIssued(String email, String displayName, String language, String subject, String body) {

    @Override
    public String toString() {
        return "InvitationIssued[email=" + email + "]";
    }
}
