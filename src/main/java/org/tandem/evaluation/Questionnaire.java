package org.tandem.evaluation;

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
import java.util.UUID;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotPersonal;

/**
 * One version of a programme's questionnaire. Its content is a {@link QuestionnaireDefinition} kept as a JSON
 * document. Once a wave used it, it is frozen: a change then makes the next version of the same family.
 */
@Entity
@Table(name = "questionnaire")
class Questionnaire {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_seq")
    @SequenceGenerator(name = "questionnaire_seq", sequenceName = "questionnaire_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    private String family;
    private int number;
    @NotPersonal("a questionnaire's name")
    private String name;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private boolean frozen;
    private String definition;
    private Instant createdAt;

    protected Questionnaire() {
    }

    Questionnaire(long programmeId, String name, Origin origin, String definition, Instant now) {
        this(programmeId, UUID.randomUUID().toString(), 1, name, origin, definition, now);
    }

    private Questionnaire(long programmeId, String family, int number, String name, Origin origin, String definition,
            Instant now) {
        this.programmeId = programmeId;
        this.family = family;
        this.number = number;
        this.name = name;
        this.origin = origin;
        this.definition = definition;
        this.createdAt = now;
    }

    /** The content changes in place while no wave used this version. */
    void change(String name, Origin origin, String definition) {
        if (frozen) {
            throw new DomainException("evaluation.questionnaire.frozen");
        }
        this.name = name;
        this.origin = origin;
        this.definition = definition;
    }

    /** The next version of the same questionnaire, with new content. */
    Questionnaire next(String name, Origin origin, String definition, Instant now) {
        return new Questionnaire(programmeId, family, number + 1, name, origin, definition, now);
    }

    void freeze() {
        frozen = true;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long programmeId() {
        return programmeId;
    }

    String family() {
        return family;
    }

    int number() {
        return number;
    }

    String name() {
        return name;
    }

    Origin origin() {
        return origin;
    }

    boolean frozen() {
        return frozen;
    }

    String definition() {
        return definition;
    }

    Instant createdAt() {
        return createdAt;
    }
}
