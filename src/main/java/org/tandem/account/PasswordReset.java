package org.tandem.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * A password reset an admin forced: a single-use, expiring link mailed to the account's owner. Only the SHA-256 hash
 * of its token is kept, as for invitations.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private long accountId;
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordReset() {
    }

    PasswordReset(long accountId, String tokenHash, Instant now, Duration validFor) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /** Refuses a used or expired link, with the reason as a message key. */
    void requireOpen(Instant now) {
        if (usedAt != null) {
            throw new InvitationGoneException("passwordReset.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationGoneException("passwordReset.expired");
        }
    }

    void use(Instant now) {
        requireOpen(now);
        usedAt = now;
    }

    /** A newer reset replaces this one. */
    void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant usedAt() {
        return usedAt;
    }

    boolean openAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
