package org.tandem.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/** One mail in the outbox; it moves from QUEUED to SENT, or to FAILED once it has failed too often. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @PersonalData(value = Kind.CONTACT, purpose = Purpose.COMMUNICATION)
    private String recipient;
    @PersonalData(value = Kind.NAME, purpose = Purpose.COMMUNICATION)
    private String recipientName;
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.COMMUNICATION)
    private String language;
    @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.COMMUNICATION)
    private String subject;
    @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.COMMUNICATION)
    private String body;
    private Long programmeId;
    private String kind;

    @Enumerated(EnumType.STRING)
    private CalendarPart.Method calendarMethod;

    private String calendarIcs;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(OutgoingMail mail, Instant now) {
        this.recipient = mail.to().trim();
        this.recipientName = mail.recipientName();
        this.language = mail.language();
        this.subject = mail.subject();
        this.body = mail.body();
        this.programmeId = mail.programmeId();
        this.kind = mail.kind();
        if (mail.calendar() != null) {
            this.calendarMethod = mail.calendar().method();
            this.calendarIcs = mail.calendar().ics();
        }
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
    }

    void markSent(Instant now) {
        requireQueued();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt by an error code (never the raw exception text); gives up after the last one. */
    void recordFailure(String errorCode) {
        requireQueued();
        attempts++;
        lastError = errorCode == null ? "unknown" : errorCode.substring(0, Math.min(errorCode.length(), 120));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        }
    }

    private void requireQueued() {
        if (status != MailStatus.QUEUED) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not queued");
        }
    }

    boolean visibleTo(boolean admin, Set<Long> programmeIds) {
        return admin || programmeId != null && programmeIds.contains(programmeId);
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String recipientName() {
        return recipientName;
    }

    String language() {
        return language;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Long programmeId() {
        return programmeId;
    }

    String kind() {
        return kind;
    }

    /** The ICS part, or null for a plain mail. */
    CalendarPart calendar() {
        return calendarIcs == null ? null : new CalendarPart(calendarMethod, calendarIcs);
    }

    MailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }
}
