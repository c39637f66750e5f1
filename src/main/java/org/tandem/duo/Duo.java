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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * A mentor and a mentee, from proposal to end. An open duo holds one of its mentor's places (slot 1..capacity); the
 * database keeps a slot from being taken twice, so a mentor's capacity holds even when two coordinators act at once.
 * Closing a duo gives its place back.
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

    private Instant introductionAt;
    private Instant mentorConfirmedAt;
    private String mentorConfirmedBy;
    private Boolean mentorConfirmedOnBehalf;
    private Instant menteeConfirmedAt;
    private String menteeConfirmedBy;
    private Boolean menteeConfirmedOnBehalf;
    private Instant confirmedAt;
    private Instant activatedAt;
    private Instant pausedAt;
    @PersonalData(Kind.FREE_TEXT)
    private String pauseReason;
    private Instant closedAt;
    private String closedBy;
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private EndReason endReason;

    @PersonalData(Kind.FREE_TEXT)
    private String endNote;

    @Enumerated(EnumType.STRING)
    private DuoSide declinedBySide;

    private Boolean mentorContinues;

    private int meetingsLogged;
    private int meetingsSinceStart;
    private LocalDate lastMetOn;

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

    /** When the introduction meeting takes place; the confirmation window runs from there. */
    void planIntroduction(Instant at) {
        require(DuoState.PROPOSED);
        this.introductionAt = at;
    }

    /** The moment both sides should have answered: the window after the introduction (or the proposal). */
    Instant confirmationDue(Duration window) {
        return vitals().confirmationDue(window);
    }

    boolean confirmationOverdue(Duration window, Instant now) {
        return vitals().confirmationOverdue(window, now);
    }

    DuoVitals vitals() {
        return new DuoVitals(id == null ? 0 : id, mentorEnrolmentId, menteeEnrolmentId, programmeId, state,
                proposedAt, introductionAt, confirmedAt, activatedAt, lastMetOn, meetingsSinceStart);
    }

    /** One side says yes, by themselves or through a coordinator on their behalf; both yes confirms the duo. */
    void confirmBy(DuoSide side, String who, boolean onBehalf, Instant now) {
        require(DuoState.PROPOSED);
        if (confirmedAt(side) != null) {
            throw new DomainException("duo.confirm.already");
        }
        if (side == DuoSide.MENTOR) {
            mentorConfirmedAt = now;
            mentorConfirmedBy = who;
            mentorConfirmedOnBehalf = onBehalf;
        } else {
            menteeConfirmedAt = now;
            menteeConfirmedBy = who;
            menteeConfirmedOnBehalf = onBehalf;
        }
        if (mentorConfirmedAt != null && menteeConfirmedAt != null) {
            state = DuoState.CONFIRMED;
            confirmedAt = now;
        }
    }

    /** One side says no: the proposal ends, with a reason, and gives the mentor's place back. */
    void declineBy(DuoSide side, EndReason reason, String note, LocalDate today, String who, Instant now) {
        require(DuoState.PROPOSED);
        if (reason == null || !EndReason.FOR_DECLINE.contains(reason)) {
            throw new FieldException("reason", "duo.reason.required");
        }
        declinedBySide = side;
        close(DuoState.DECLINED, reason, requireNoteForOther(reason, note), today, who, now);
    }

    /**
     * Both signed the agreement: the duo starts, counting as held since its start the meetings already logged for its
     * first day. A new version signed later leaves a running duo as it is.
     */
    void agreementSigned(Instant now, int meetingsOnFirstDay) {
        if (state == DuoState.CONFIRMED) {
            state = DuoState.ACTIVE;
            activatedAt = now;
            meetingsSinceStart = meetingsOnFirstDay;
        } else if (!state.isRunning()) {
            throw new DomainException("duo.state.illegal", state);
        }
    }

    /**
     * A meeting was logged. The duo keeps its tally (how many, how many since its start, the last date) so that the
     * health signals and the dashboards never read the whole meeting log; a meeting is never dated after the day it
     * is logged.
     */
    void meetingLogged(LocalDate heldOn, ZoneId zone) {
        meetingsLogged++;
        if (sinceStart(heldOn, zone)) {
            meetingsSinceStart++;
        }
        if (lastMetOn == null || heldOn.isAfter(lastMetOn)) {
            lastMetOn = heldOn;
        }
    }

    /** A meeting was deleted; the last date is the latest of those left (null when none is). */
    void meetingDeleted(LocalDate heldOn, LocalDate latestLeft, ZoneId zone) {
        meetingsLogged = Math.max(0, meetingsLogged - 1);
        if (sinceStart(heldOn, zone)) {
            meetingsSinceStart = Math.max(0, meetingsSinceStart - 1);
        }
        lastMetOn = latestLeft;
    }

    private boolean sinceStart(LocalDate heldOn, ZoneId zone) {
        return activatedAt != null && !heldOn.isBefore(LocalDate.ofInstant(activatedAt, zone));
    }

    void pause(String reason, Instant now) {
        require(DuoState.ACTIVE);
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "duo.pause.reason.required");
        }
        state = DuoState.PAUSED;
        pausedAt = now;
        pauseReason = reason.trim();
    }

    void resume() {
        require(DuoState.PAUSED);
        state = DuoState.ACTIVE;
        pausedAt = null;
        pauseReason = null;
    }

    /** The planned end is reached. */
    void complete(LocalDate on, Boolean mentorContinues, String who, Instant now) {
        if (!state.isRunning()) {
            throw new DomainException("duo.state.illegal", state);
        }
        requireEndDate(on);
        this.mentorContinues = mentorContinues;
        close(DuoState.COMPLETED, null, null, on, who, now);
    }

    /** Ends before the planned end, with a reason from the list (and words when it is 'other'). */
    void endEarly(EndReason reason, String note, LocalDate on, Boolean mentorContinues, String who, Instant now) {
        if (state != DuoState.CONFIRMED && !state.isRunning()) {
            throw new DomainException("duo.state.illegal", state);
        }
        if (reason == null || reason == EndReason.WITHDRAWN) {
            throw new FieldException("reason", "duo.reason.required");
        }
        String words = requireNoteForOther(reason, note);
        requireEndDate(on);
        this.mentorContinues = mentorContinues;
        close(DuoState.ENDED_EARLY, reason, words, on, who, now);
    }

    /**
     * One member left the programme (withdrawn): a proposal is declined on their side, a confirmed or running duo ends
     * early; either way with the reason 'withdrawn', and the mentor's place is free again.
     */
    void memberWithdrew(DuoSide side, String note, LocalDate today, String who, Instant now) {
        if (state == DuoState.PROPOSED) {
            declinedBySide = side;
            close(DuoState.DECLINED, EndReason.WITHDRAWN, note, today, who, now);
        } else if (state.isOpen()) {
            close(DuoState.ENDED_EARLY, EndReason.WITHDRAWN, note, today, who, now);
        } else {
            throw new DomainException("duo.state.illegal", state);
        }
    }

    /** Whether the mentor wants to start another duo, asked at the end and recorded until known. */
    void mentorContinues(Boolean answer) {
        if (state.isOpen()) {
            throw new DomainException("duo.state.illegal", state);
        }
        this.mentorContinues = answer;
    }

    private void requireEndDate(LocalDate on) {
        if (on == null) {
            throw new FieldException("endedOn", "duo.endedOn.required");
        }
        if (activatedAt != null && on.isBefore(activatedAt.atZone(ZoneId.systemDefault()).toLocalDate())) {
            throw new FieldException("endedOn", "duo.endedOn.beforeStart");
        }
    }

    private static String requireNoteForOther(EndReason reason, String note) {
        String words = Text.orNull(note);
        if (reason == EndReason.OTHER && words == null) {
            throw new FieldException("note", "duo.note.required");
        }
        return words;
    }

    private void close(DuoState target, EndReason reason, String note, LocalDate on, String who, Instant now) {
        state = target;
        endReason = reason;
        endNote = note;
        endedOn = on;
        closedAt = now;
        closedBy = who;
        mentorSlot = null;
        pausedAt = null;
    }

    private void require(DuoState expected) {
        if (state != expected) {
            throw new DomainException("duo.state.illegal", state);
        }
    }

    Instant confirmedAt(DuoSide side) {
        return side == DuoSide.MENTOR ? mentorConfirmedAt : menteeConfirmedAt;
    }

    String confirmedBy(DuoSide side) {
        return side == DuoSide.MENTOR ? mentorConfirmedBy : menteeConfirmedBy;
    }

    boolean confirmedOnBehalf(DuoSide side) {
        return Boolean.TRUE.equals(side == DuoSide.MENTOR ? mentorConfirmedOnBehalf : menteeConfirmedOnBehalf);
    }

    long enrolmentId(DuoSide side) {
        return side == DuoSide.MENTOR ? mentorEnrolmentId : menteeEnrolmentId;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
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

    Instant introductionAt() {
        return introductionAt;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }

    int meetingsLogged() {
        return meetingsLogged;
    }

    int meetingsSinceStart() {
        return meetingsSinceStart;
    }

    LocalDate lastMetOn() {
        return lastMetOn;
    }

    Instant activatedAt() {
        return activatedAt;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    String pauseReason() {
        return pauseReason;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    EndReason endReason() {
        return endReason;
    }

    String endNote() {
        return endNote;
    }

    DuoSide declinedBySide() {
        return declinedBySide;
    }

    Boolean mentorContinues() {
        return mentorContinues;
    }
}
