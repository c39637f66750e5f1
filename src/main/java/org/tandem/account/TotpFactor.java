package org.tandem.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/** A person's authenticator app: the shared secret, encrypted, and the last step accepted (each code once). */
@Entity
@Table(name = "totp_factor")
class TotpFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "totp_factor_seq")
    @SequenceGenerator(name = "totp_factor_seq", sequenceName = "totp_factor_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "secret_encrypted", nullable = false)
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String secretEncrypted;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TotpFactor() {
    }

    TotpFactor(long accountId, String secretEncrypted, long confirmedStep, Instant createdAt) {
        this.accountId = accountId;
        this.secretEncrypted = secretEncrypted;
        this.lastUsedStep = confirmedStep;
        this.createdAt = createdAt;
    }

    /** Takes a step's code; an earlier or the same step again is refused (a code is used once). */
    void use(long step) {
        if (step <= lastUsedStep) {
            throw new IllegalStateException("this code was used already");
        }
        lastUsedStep = step;
    }

    long accountId() {
        return accountId;
    }

    String secretEncrypted() {
        return secretEncrypted;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }

    Instant createdAt() {
        return createdAt;
    }
}
