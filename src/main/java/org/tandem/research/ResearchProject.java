package org.tandem.research;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotPersonal;

/**
 * A research project on one programme: what it studies and the researchers on it. Its salt, random and its own,
 * makes its pseudonyms differ from every other project's (the key itself is derived outside the database).
 */
@Entity
@Table(name = "research_project")
class ResearchProject {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "research_project_seq")
    @SequenceGenerator(name = "research_project_seq", sequenceName = "research_project_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    @NotPersonal("a research project's name")
    private String name;
    @NotPersonal("what a research project studies")
    private String description;
    private String salt;
    private long createdBy;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "research_project_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "account_id")
    private Set<Long> members = new HashSet<>();

    protected ResearchProject() {
    }

    ResearchProject(long programmeId, String name, String description, long createdBy, Instant now) {
        this.programmeId = programmeId;
        this.createdBy = createdBy;
        this.createdAt = now;
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.salt = HexFormat.of().formatHex(bytes);
        describe(name, description);
    }

    void describe(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "research.project.name.required");
        }
        if (name.trim().length() > 200) {
            throw new FieldException("name", "research.project.name.tooLong");
        }
        if (description != null && description.trim().length() > 2000) {
            throw new FieldException("description", "research.project.description.tooLong");
        }
        this.name = name.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    void addMember(long accountId) {
        members.add(accountId);
    }

    void removeMember(long accountId) {
        members.remove(accountId);
    }

    boolean hasMember(long accountId) {
        return members.contains(accountId);
    }

    Long id() {
        return id;
    }

    long programmeId() {
        return programmeId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    byte[] salt() {
        return HexFormat.of().parseHex(salt);
    }

    Set<Long> members() {
        return Set.copyOf(members);
    }

    Instant createdAt() {
        return createdAt;
    }
}
