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
import java.time.LocalDate;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * The mentee's outcome at one moment of a closed duo (one per duo and moment). Recording a moment again corrects
 * it: the latest word of the coordinator counts, with who said it and when.
 */
@Entity
@Table(name = "duo_outcome")
class DuoOutcome {

    static final int MAX_HOURS = 60;
    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_outcome_seq")
    @SequenceGenerator(name = "duo_outcome_seq", sequenceName = "duo_outcome_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long duoId;

    @Enumerated(EnumType.STRING)
    private OutcomeMoment moment;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private Integer hoursPerWeek;

    @Enumerated(EnumType.STRING)
    private ContractType contractType;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private EducationSector educationSector;

    @PersonalData(Kind.FREE_TEXT)
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected DuoOutcome() {
    }

    /**
     * A first outcome for this moment: only for a duo that completed or ended early, and for a follow-up not
     * before its window opens.
     */
    static DuoOutcome record(Duo duo, OutcomeMoment moment, OutcomeEntry entry, boolean careerSwitch,
            LocalDate today, String who, Instant now) {
        requireRecordable(duo, moment, today);
        var outcome = new DuoOutcome();
        outcome.duoId = duo.id();
        outcome.moment = moment;
        outcome.change(entry, careerSwitch, who, now);
        return outcome;
    }

    /** Corrects what was recorded for this moment. */
    void correct(OutcomeEntry entry, boolean careerSwitch, String who, Instant now) {
        change(entry, careerSwitch, who, now);
    }

    static void requireRecordable(Duo duo, OutcomeMoment moment, LocalDate today) {
        if (duo.state() != DuoState.COMPLETED && duo.state() != DuoState.ENDED_EARLY) {
            throw new DomainException("duo.outcome.notClosed");
        }
        if (moment == null) {
            throw new FieldException("moment", "duo.outcome.moment.required");
        }
        if (!moment.openOn(duo.endedOn(), today)) {
            throw new DomainException("duo.outcome.notYet", java.sql.Date.valueOf(moment.opensOn(duo.endedOn())));
        }
    }

    private void change(OutcomeEntry entry, boolean careerSwitch, String who, Instant now) {
        if (entry == null || entry.kind() == null) {
            throw new FieldException("kind", "duo.outcome.kind.required");
        }
        var k = entry.kind();
        if (k.careerSwitchOnly() && !careerSwitch) {
            throw new FieldException("kind", "duo.outcome.kind.careerSwitchOnly");
        }
        String text = Text.orNull(entry.note());
        if (text != null && text.length() > MAX_NOTE) {
            throw new FieldException("note", "duo.outcome.note.tooLong", MAX_NOTE);
        }
        Sector s = null;
        Integer hours = null;
        ContractType contract = null;
        EducationSector education = null;
        if (k == OutcomeKind.JOB) {
            s = require(entry.sector(), "sector");
            hours = requireHours(require(entry.hoursPerWeek(), "hoursPerWeek"));
            contract = require(entry.contractType(), "contractType");
        } else if (k == OutcomeKind.TEACHER) {
            education = require(entry.educationSector(), "educationSector");
            s = Sector.EDUCATION;
            hours = entry.hoursPerWeek() == null ? null : requireHours(entry.hoursPerWeek());
            contract = entry.contractType();
        } else if (k == OutcomeKind.TEACHER_TRAINING) {
            education = require(entry.educationSector(), "educationSector");
        } else if (k == OutcomeKind.OTHER && text == null) {
            throw new FieldException("note", "duo.outcome.note.required");
        }
        kind = k;
        sector = s;
        hoursPerWeek = hours;
        contractType = contract;
        educationSector = education;
        note = text;
        recordedBy = who;
        recordedAt = now;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new FieldException(field, "duo.outcome." + field + ".required");
        }
        return value;
    }

    private static int requireHours(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new FieldException("hoursPerWeek", "duo.outcome.hoursPerWeek.range", 1, MAX_HOURS);
        }
        return hours;
    }

    OutcomeView view() {
        return new OutcomeView(moment, kind, sector, hoursPerWeek, contractType, educationSector, note, recordedBy,
                recordedAt, version);
    }

    long duoId() {
        return duoId;
    }

    OutcomeMoment moment() {
        return moment;
    }

    OutcomeKind kind() {
        return kind;
    }

    long version() {
        return version;
    }
}
