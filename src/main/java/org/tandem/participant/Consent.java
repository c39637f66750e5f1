package org.tandem.participant;

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
import org.tandem.shared.DomainException;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/** A consent as given: for which purpose, in which programme, to which version of the text, and when. */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long personId;
    private long programmeId;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    @PersonalData(value = Kind.CONSENT, purpose = {Purpose.PROGRAMME, Purpose.EVALUATION})
    private int textVersion;
    @PersonalData(value = Kind.CONSENT, purpose = {Purpose.PROGRAMME, Purpose.EVALUATION})
    private Instant givenAt;
    @PersonalData(value = Kind.CONSENT, purpose = {Purpose.PROGRAMME, Purpose.EVALUATION})
    private Instant withdrawnAt;
    /** Ended because the person agreed to a newer version of the text, not withdrawn. */
    @PersonalData(value = Kind.CONSENT, purpose = {Purpose.PROGRAMME, Purpose.EVALUATION})
    private boolean renewed;

    protected Consent() {
    }

    Consent(long personId, long programmeId, ConsentPurpose purpose, int textVersion, Instant givenAt) {
        this.personId = personId;
        this.programmeId = programmeId;
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
    }

    void withdraw(Instant at) {
        if (withdrawnAt != null) {
            throw new DomainException("consent.alreadyWithdrawn");
        }
        withdrawnAt = at;
    }

    /** Replaced by a consent to a newer version: it ends, and the purpose stays consented. */
    void renew(Instant at) {
        if (withdrawnAt != null) {
            throw new DomainException("consent.alreadyWithdrawn");
        }
        withdrawnAt = at;
        renewed = true;
    }

    boolean renewed() {
        return renewed;
    }

    boolean active() {
        return withdrawnAt == null;
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    long programmeId() {
        return programmeId;
    }

    ConsentPurpose purpose() {
        return purpose;
    }

    int textVersion() {
        return textVersion;
    }

    Instant givenAt() {
        return givenAt;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }
}
