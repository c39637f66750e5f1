package org.tandem.activity.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * A user's personal calendar feed: the SHA-256 of its secret token (never the token), issued anew to renew it and
 * dropped to revoke it. One per account.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private Long accountId;

    @Version
    private long version;

    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String tokenHash;
    private Instant createdAt;
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long accountId) {
        this.accountId = accountId;
    }

    /** A new secret replaces the former one, which answers no more. */
    void issue(String hash, Instant now) {
        tokenHash = hash;
        createdAt = now;
        revokedAt = null;
    }

    void revoke(Instant now) {
        if (tokenHash != null) {
            tokenHash = null;
            revokedAt = now;
        }
    }

    boolean active() {
        return tokenHash != null;
    }

    long accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
