package org.tandem.audit;

import java.time.LocalDate;

/**
 * The admins' search of the audit log: a period (days, Amsterdam time, both included), the actor (an account id, an
 * e-mail address, or part of the name shown), an action code, and the person, enrolment or account an entry is about.
 */
public record AuditFilter(LocalDate from, LocalDate until, String actor, String action, Long personId,
        Long enrolmentId, Long accountId, int page, int size) {

    public static final int LARGEST_PAGE = 200;

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, LARGEST_PAGE);
    }
}
