package org.tandem.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * One line of the audit log. Written once and never changed: no setters, no version, and the repository can only add
 * (and purge what is past the retention period).
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int DETAIL_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;
    @NotPersonal("a code from AuditRecord, never free text")
    private String action;
    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private Long actorAccountId;
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.SECURITY)
    private String actorDisplay;
    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private Long subjectAccountId;
    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private Long subjectPersonId;
    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private Long subjectEnrolmentId;
    private Long programmeId;
    @NotPersonal("codes and counts only; the listeners never put free text here")
    private String detail;
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(AuditRecord record, Instant occurredAt, String clientAddress) {
        this.occurredAt = occurredAt;
        this.action = record.action();
        this.actorAccountId = record.actorAccountId();
        this.actorDisplay = cut(record.actorDisplay(), 320);
        this.subjectAccountId = record.subjectAccountId();
        this.subjectPersonId = record.subjectPersonId();
        this.subjectEnrolmentId = record.subjectEnrolmentId();
        this.programmeId = record.programmeId();
        this.detail = cut(record.detail(), DETAIL_LENGTH);
        this.clientAddress = cut(clientAddress, 64);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String action() {
        return action;
    }

    Long actorAccountId() {
        return actorAccountId;
    }

    String actorDisplay() {
        return actorDisplay;
    }

    Long subjectAccountId() {
        return subjectAccountId;
    }

    Long subjectPersonId() {
        return subjectPersonId;
    }

    Long subjectEnrolmentId() {
        return subjectEnrolmentId;
    }

    Long programmeId() {
        return programmeId;
    }

    String detail() {
        return detail;
    }

    String clientAddress() {
        return clientAddress;
    }
}
