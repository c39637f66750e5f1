package org.tandem.audit;

/**
 * What one listener writes to the audit log, before the log adds the time and the client address. Built in one line:
 * {@code AuditRecord.of("account.deactivated").by(actorId).account(accountId)}. The action is a code, and
 * {@code audit.action.<code>} its text in the bundle; the detail holds codes and counts, never free text.
 */
record AuditRecord(String action, Long actorAccountId, String actorDisplay, Long subjectAccountId,
        Long subjectPersonId, Long subjectEnrolmentId, Long programmeId, String detail) {

    static AuditRecord of(String action) {
        return new AuditRecord(action, null, null, null, null, null, null, null);
    }

    AuditRecord by(Long accountId) {
        return new AuditRecord(action, accountId, actorDisplay, subjectAccountId, subjectPersonId,
                subjectEnrolmentId, programmeId, detail);
    }

    /** Who acted, as shown: without an account id, what they said they were (the address tried at sign-in). */
    AuditRecord byName(String display) {
        return new AuditRecord(action, actorAccountId, display, subjectAccountId, subjectPersonId,
                subjectEnrolmentId, programmeId, detail);
    }

    AuditRecord account(Long accountId) {
        return new AuditRecord(action, actorAccountId, actorDisplay, accountId, subjectPersonId,
                subjectEnrolmentId, programmeId, detail);
    }

    AuditRecord person(Long personId) {
        return new AuditRecord(action, actorAccountId, actorDisplay, subjectAccountId, personId,
                subjectEnrolmentId, programmeId, detail);
    }

    AuditRecord enrolment(Long enrolmentId) {
        return new AuditRecord(action, actorAccountId, actorDisplay, subjectAccountId, subjectPersonId,
                enrolmentId, programmeId, detail);
    }

    AuditRecord programme(Long programmeId) {
        return new AuditRecord(action, actorAccountId, actorDisplay, subjectAccountId, subjectPersonId,
                subjectEnrolmentId, programmeId, detail);
    }

    AuditRecord detail(String detail) {
        return new AuditRecord(action, actorAccountId, actorDisplay, subjectAccountId, subjectPersonId,
                subjectEnrolmentId, programmeId, detail);
    }
}
