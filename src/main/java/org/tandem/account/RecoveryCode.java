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

/** One of a person's ten one-time recovery codes: only its SHA-256 is kept. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
    @SequenceGenerator(name = "recovery_code_seq", sequenceName = "recovery_code_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false)
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long accountId, String codeHash, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("this recovery code was used already");
        }
        usedAt = now;
    }

    boolean used() {
        return usedAt != null;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant usedAt() {
        return usedAt;
    }
}
