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
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tandem.shared.FieldException;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @PersonalData(value = Kind.CONTACT, purpose = {Purpose.SECURITY, Purpose.COMMUNICATION})
    private String email;
    @PersonalData(value = Kind.NAME, purpose = Purpose.SECURITY)
    private String displayName;
    @PersonalData(value = Kind.CREDENTIAL, purpose = Purpose.SECURITY)
    private String passwordHash;
    private boolean enabled;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_programme", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "programme_id")
    private Set<Long> programmeIds = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Answers whether it was not assigned yet. */
    boolean assignProgramme(long programmeId) {
        if (!assignable()) {
            throw new IllegalStateException("only coordinators and researchers are assigned to programmes");
        }
        return programmeIds.add(programmeId);
    }

    /** Answers whether it was assigned. */
    boolean unassignProgramme(long programmeId) {
        return programmeIds.remove(programmeId);
    }

    boolean assignable() {
        return roles.contains(Role.COORDINATOR) || roles.contains(Role.RESEARCHER);
    }

    /** A deactivated account cannot sign in, and its API tokens stop working; it is never deleted. */
    void deactivate() {
        enabled = false;
    }

    void reactivate() {
        enabled = true;
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new FieldException("roles", "accounts.roles.required");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** The old password stops working at once (a reset is forced when it may be known to someone else). */
    void replacePassword(String newHash) {
        passwordHash = newHash;
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

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Long> programmeIds() {
        return Set.copyOf(programmeIds);
    }
}
