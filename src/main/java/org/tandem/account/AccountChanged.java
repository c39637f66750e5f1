package org.tandem.account;

/**
 * An account was changed: by an admin (roles, programmes, deactivated, reactivated, a password reset forced), by a
 * programme's coordinator assignment, or by its owner completing a forced reset. Published in the changing
 * transaction, for the audit log; {@code actorAccountId} is null when no one was signed in.
 */
public record AccountChanged(long accountId, Long actorAccountId, Change change, Long programmeId, String detail) {

    public enum Change {
        ROLES_CHANGED, PROGRAMME_ASSIGNED, PROGRAMME_UNASSIGNED, DEACTIVATED, REACTIVATED, PASSWORD_RESET_FORCED,
        PASSWORD_RESET_COMPLETED
    }
}
