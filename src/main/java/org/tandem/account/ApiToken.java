package org.tandem.account;

import jakarta.persistence.Column;
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
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/** A person's named API token; the secret itself is never stored, only its SHA-256 hash. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    @NotPersonal("the name a person gives their token, such as the script it is for")
    private String name;

    @Column(name = "token_hash", nullable = false)
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApiTokenScope scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long accountId, String name, String tokenHash, ApiTokenScope scope, Instant createdAt,
            Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, scope, createdAt, expiresAt, lastUsedAt, revokedAt);
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    ApiTokenScope scope() {
        return scope;
    }
}
