package org.tandem.duo;

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

/**
 * A mentor and a mentee. An open duo holds one of its mentor's places (slot 1..capacity); the database keeps a slot
 * from being taken twice, so a mentor's capacity holds even when two coordinators publish at once.
 */
@Entity
@Table(name = "duo")
class Duo {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_seq")
    @SequenceGenerator(name = "duo_seq", sequenceName = "duo_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long mentorEnrolmentId;
    private long menteeEnrolmentId;
    private long cohortId;
    private long programmeId;
    private long matchingRunId;

    @Enumerated(EnumType.STRING)
    private DuoState state;

    private Instant proposedAt;
    private Integer mentorSlot;
    private int mentorCapacity;

    protected Duo() {
    }

    static Duo propose(DuoProposal proposal, int slot, int mentorCapacity, Instant now) {
        if (slot < 1 || slot > mentorCapacity) {
            throw new DomainException("duo.capacity.full", mentorCapacity);
        }
        if (proposal.mentorEnrolmentId() == proposal.menteeEnrolmentId()) {
            throw new DomainException("duo.samePerson");
        }
        var duo = new Duo();
        duo.mentorEnrolmentId = proposal.mentorEnrolmentId();
        duo.menteeEnrolmentId = proposal.menteeEnrolmentId();
        duo.cohortId = proposal.cohortId();
        duo.programmeId = proposal.programmeId();
        duo.matchingRunId = proposal.matchingRunId();
        duo.state = DuoState.PROPOSED;
        duo.proposedAt = now;
        duo.mentorSlot = slot;
        duo.mentorCapacity = mentorCapacity;
        return duo;
    }

    Long id() {
        return id;
    }

    long mentorEnrolmentId() {
        return mentorEnrolmentId;
    }

    long menteeEnrolmentId() {
        return menteeEnrolmentId;
    }

    long cohortId() {
        return cohortId;
    }

    long programmeId() {
        return programmeId;
    }

    long matchingRunId() {
        return matchingRunId;
    }

    DuoState state() {
        return state;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Integer mentorSlot() {
        return mentorSlot;
    }
}
