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
import java.time.LocalDate;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotPersonal;

/**
 * A wave asks one role of a cohort one questionnaire version, in a window that is either fixed dates or relative to
 * each person's own moment (e.g. 14 days from the start of their duo). Planned → open → closed.
 */
@Entity
@Table(name = "survey_wave")
class SurveyWave {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_wave_seq")
    @SequenceGenerator(name = "survey_wave_seq", sequenceName = "survey_wave_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    private long cohortId;
    private long questionnaireId;
    @NotPersonal("a survey wave's name")
    private String name;

    @Enumerated(EnumType.STRING)
    private WaveRole role;

    @Enumerated(EnumType.STRING)
    private WaveKind kind;

    @Enumerated(EnumType.STRING)
    private WavePurpose purpose;

    private boolean anonymous;
    private LocalDate opensOn;
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    private WaveAnchor anchor;

    private Integer offsetDays;
    private Integer openDays;

    @Enumerated(EnumType.STRING)
    private WaveStatus status;

    private Instant createdAt;

    protected SurveyWave() {
    }

    /** A window is fixed ({@code opensOn}..{@code closesOn}) or relative ({@code anchor} + offset, open for days). */
    record Window(LocalDate opensOn, LocalDate closesOn, WaveAnchor anchor, Integer offsetDays, Integer openDays) {

        void check() {
            if (anchor == null) {
                if (opensOn == null) {
                    throw new FieldException("opensOn", "evaluation.wave.opensOn.required");
                }
                if (closesOn == null || closesOn.isBefore(opensOn)) {
                    throw new FieldException("closesOn", "evaluation.wave.closesOn.beforeOpens");
                }
            } else {
                if (offsetDays == null || offsetDays < -365 || offsetDays > 3 * 365) {
                    throw new FieldException("offsetDays", "evaluation.wave.offsetDays.range");
                }
                if (openDays == null || openDays < 1 || openDays > 365) {
                    throw new FieldException("openDays", "evaluation.wave.openDays.range");
                }
            }
        }

        /** The days this window is open for a person whose anchor moment is {@code moment} (null: fixed window). */
        LocalDate[] forPerson(LocalDate moment) {
            if (anchor == null) {
                return new LocalDate[] {opensOn, closesOn};
            }
            LocalDate opens = moment.plusDays(offsetDays);
            return new LocalDate[] {opens, opens.plusDays(openDays - 1L)};
        }
    }

    SurveyWave(long programmeId, long cohortId, long questionnaireId, String name, WaveRole role, WaveKind kind,
            WavePurpose purpose, boolean anonymous, Window window, Instant now) {
        window.check();
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.questionnaireId = questionnaireId;
        this.name = name;
        this.role = role;
        this.kind = kind;
        this.purpose = purpose;
        this.anonymous = anonymous;
        setWindow(window);
        this.status = WaveStatus.PLANNED;
        this.createdAt = now;
    }

    void changeWindow(Window window) {
        if (status == WaveStatus.CLOSED) {
            throw new DomainException("evaluation.wave.closed");
        }
        window.check();
        setWindow(window);
    }

    private void setWindow(Window window) {
        this.opensOn = window.opensOn();
        this.closesOn = window.closesOn();
        this.anchor = window.anchor();
        this.offsetDays = window.offsetDays();
        this.openDays = window.openDays();
    }

    void open() {
        if (status != WaveStatus.PLANNED) {
            throw new DomainException("evaluation.wave.notPlanned");
        }
        status = WaveStatus.OPEN;
    }

    void close() {
        if (status != WaveStatus.OPEN) {
            throw new DomainException("evaluation.wave.notOpen");
        }
        status = WaveStatus.CLOSED;
    }

    Window window() {
        return new Window(opensOn, closesOn, anchor, offsetDays, openDays);
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

    long cohortId() {
        return cohortId;
    }

    long questionnaireId() {
        return questionnaireId;
    }

    String name() {
        return name;
    }

    WaveRole role() {
        return role;
    }

    WaveKind kind() {
        return kind;
    }

    WavePurpose purpose() {
        return purpose;
    }

    boolean anonymous() {
        return anonymous;
    }

    WaveStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }
}
