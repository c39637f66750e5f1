package org.tandem.activity.workshop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tandem.activity.calendar.Invitee;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * Somebody's registration for a workshop: a participant by enrolment or an employer contact by account. It is
 * changed only through its {@link Workshop}, which holds the places and the waiting list.
 */
@Entity
@Table(name = "workshop_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_registration_seq")
    @SequenceGenerator(name = "workshop_registration_seq", sequenceName = "workshop_registration_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    private Long enrolmentId;
    private Long accountId;
    @PersonalData(Kind.NAME)
    private String accountName;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private Instant registeredAt;
    private boolean attended;
    private boolean walkIn;

    protected Registration() {
    }

    Registration(Workshop workshop, Registrant who) {
        this.workshop = workshop;
        this.enrolmentId = who.enrolmentId();
        this.accountId = who.accountId();
        this.accountName = who.accountName();
    }

    boolean is(Registrant who) {
        return who.enrolmentId() != null ? who.enrolmentId().equals(enrolmentId)
                : who.accountId() != null && who.accountId().equals(accountId);
    }

    /** Takes a place or joins the waiting list, afresh (a cancelled registration comes back at the end). */
    void enter(RegistrationStatus status, Instant now) {
        this.status = status;
        this.registeredAt = now;
        this.attended = false;
        this.walkIn = false;
    }

    void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
        attended = false;
    }

    void attend(boolean present) {
        attended = present;
    }

    void walkIn(Instant now) {
        status = RegistrationStatus.REGISTERED;
        registeredAt = now;
        attended = true;
        walkIn = true;
    }

    Invitee invitee() {
        return enrolmentId != null ? Invitee.participant(enrolmentId) : Invitee.account(accountId);
    }

    Long id() {
        return id;
    }

    Workshop workshop() {
        return workshop;
    }

    Long enrolmentId() {
        return enrolmentId;
    }

    Long accountId() {
        return accountId;
    }

    String accountName() {
        return accountName;
    }

    RegistrationStatus status() {
        return status;
    }

    boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    boolean attended() {
        return attended;
    }

    boolean walkedIn() {
        return walkIn;
    }
}
