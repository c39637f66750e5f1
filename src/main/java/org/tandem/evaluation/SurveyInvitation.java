package org.tandem.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.shared.DomainException;

/**
 * A person's invitation to a wave: a single-use, expiring link (only its hash is kept), at most two reminders. The
 * answers go under {@code responseKey}: the person's respondent key, or for an anonymous wave a draft key that is
 * dropped at submission, so that nothing links the submitted answers to the person.
 */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation {

    static final int MAX_REMINDERS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_invitation_seq")
    @SequenceGenerator(name = "survey_invitation_seq", sequenceName = "survey_invitation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long waveId;
    private String invitee;
    private String responseKey;
    private String tokenHash;
    private String language;
    private LocalDate opensOn;
    private Instant expiresAt;
    private Instant sentAt;
    private int reminders;
    private Instant remindedAt;
    private Instant answeredAt;

    protected SurveyInvitation() {
    }

    SurveyInvitation(long waveId, String invitee, String respondentKey, String tokenHash, String language,
            LocalDate opensOn, Instant expiresAt) {
        this.waveId = waveId;
        this.invitee = invitee;
        this.responseKey = respondentKey == null ? UUID.randomUUID().toString() : respondentKey;
        this.tokenHash = tokenHash;
        this.language = language;
        this.opensOn = opensOn;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return answeredAt == null && now.isBefore(expiresAt);
    }

    void sent(Instant now) {
        sentAt = now;
    }

    void remind(Instant now) {
        if (answeredAt != null || reminders >= MAX_REMINDERS) {
            throw new DomainException("evaluation.invitation.noMoreReminders");
        }
        reminders++;
        remindedAt = now;
    }

    /** Submitted: the link is used up; for an anonymous wave the draft key is forgotten. */
    void answered(Instant now, boolean anonymous) {
        if (answeredAt != null) {
            throw new DomainException("evaluation.invitation.used");
        }
        answeredAt = now;
        if (anonymous) {
            responseKey = null;
        }
    }

    Long id() {
        return id;
    }

    long waveId() {
        return waveId;
    }

    String invitee() {
        return invitee;
    }

    String responseKey() {
        return responseKey;
    }

    String language() {
        return language;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    int reminders() {
        return reminders;
    }

    Instant remindedAt() {
        return remindedAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
