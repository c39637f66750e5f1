package org.tandem.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * A single-use, expiring invitation to create an account. Only the SHA-256 hash of its token is kept, so a
 * leaked database does not give away working links.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @PersonalData(value = Kind.CONTACT, purpose = {Purpose.COMMUNICATION, Purpose.SECURITY})
    private String email;
    @PersonalData(value = Kind.NAME, purpose = Purpose.SECURITY)
    private String displayName;
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.COMMUNICATION)
    private String language;
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_role", joinColumns = @JoinColumn(name = "invitation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_programme", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "programme_id")
    private Set<Long> programmeIds = new HashSet<>();

    protected Invitation() {
    }

    Invitation(NewInvitation invitation, String tokenHash, Instant now, Duration validFor) {
        if (invitation.roles().isEmpty()) {
            throw new IllegalArgumentException("an invitation needs at least one role");
        }
        if (!invitation.programmeIds().isEmpty() && !invitation.roles().contains(Role.COORDINATOR)) {
            throw new IllegalArgumentException("only coordinators are invited to programmes");
        }
        this.email = UserAccount.normalise(invitation.email());
        this.displayName = invitation.displayName();
        this.language = invitation.language().getLanguage();
        this.tokenHash = tokenHash;
        this.roles.addAll(invitation.roles());
        this.programmeIds.addAll(invitation.programmeIds());
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    boolean used() {
        return usedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Refuses a used or expired invitation, with the reason as a message key. */
    void requireOpen(Instant now) {
        if (used()) {
            throw new InvitationGoneException("invitation.used");
        }
        if (expiredAt(now)) {
            throw new InvitationGoneException("invitation.expired");
        }
    }

    void accept(Instant now) {
        requireOpen(now);
        usedAt = now;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String language() {
        return language;
    }

    String tokenHash() {
        return tokenHash;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant usedAt() {
        return usedAt;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<Long> programmeIds() {
        return Set.copyOf(programmeIds);
    }
}
