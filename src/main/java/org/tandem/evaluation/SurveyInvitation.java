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
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

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
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String tokenHash;
    private Long siteId;
    private Long employerId;
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.COMMUNICATION)
    private String language;
    private LocalDate opensOn;
    private Instant expiresAt;
    private Instant sentAt;
    private int reminders;
    private Instant remindedAt;
    private Instant answeredAt;

    protected SurveyInvitation() {
    }

    SurveyInvitation(long waveId, String invitee, String respondentKey, String tokenHash, Long siteId,
            Long employerId, String language, LocalDate opensOn, Instant expiresAt) {
        this.waveId = waveId;
        this.invitee = invitee;
        this.siteId = siteId;
        this.employerId = employerId;
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

    /**
     * Submitted: the link is used up. For an anonymous wave the draft key is forgotten and only the day is kept, so
     * that neither key nor moment ties the person to the submitted answers.
     */
    void answered(Instant now, boolean anonymous) {
        if (answeredAt != null) {
            throw new DomainException("evaluation.invitation.used");
        }
        answeredAt = anonymous ? now.truncatedTo(java.time.temporal.ChronoUnit.DAYS) : now;
        if (anonymous) {
            responseKey = null;
        }
    }

    /** A reminder is due: not answered, fewer than two sent, the last mail {@code days} ago, still a day to go. */
    boolean reminderDue(Instant now, int days) {
        Instant last = remindedAt != null ? remindedAt : sentAt;
        return answeredAt == null && sentAt != null && reminders < MAX_REMINDERS
                && !last.plus(java.time.Duration.ofDays(days)).isAfter(now)
                && now.plus(java.time.Duration.ofDays(1)).isBefore(expiresAt);
    }

    /** The person may still answer: not answered, the window open. */
    boolean open(Instant now, LocalDate today) {
        return answeredAt == null && !opensOn.isAfter(today) && now.isBefore(expiresAt);
    }

    /** A new link for the same invitation (the mail was lost): the old one stops working. */
    void newToken(String tokenHash) {
        if (answeredAt != null) {
            throw new DomainException("evaluation.invitation.used");
        }
        this.tokenHash = tokenHash;
    }

    Long siteId() {
        return siteId;
    }

    Long employerId() {
        return employerId;
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
