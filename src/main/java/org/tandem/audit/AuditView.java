package org.tandem.audit;

import java.time.Instant;

/** One entry of the audit log as admins see it. */
public record AuditView(long id, Instant occurredAt, String action, Long actorAccountId, String actorDisplay,
        Long subjectAccountId, Long subjectPersonId, Long subjectEnrolmentId, Long programmeId, String detail,
        String clientAddress) {

    static AuditView from(AuditEntry e) {
        return new AuditView(e.id(), e.occurredAt(), e.action(), e.actorAccountId(), e.actorDisplay(),
                e.subjectAccountId(), e.subjectPersonId(), e.subjectEnrolmentId(), e.programmeId(), e.detail(),
                e.clientAddress());
    }
}
