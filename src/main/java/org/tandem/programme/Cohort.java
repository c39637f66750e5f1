package org.tandem.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotPersonal;

/** A pilot, round or edition of a programme; other modules enrol people in cohorts, by id. */
@Entity
@Table(name = "cohort")
class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
    @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    @NotPersonal("a cohort's name")
    private String name;

    @Enumerated(EnumType.STRING)
    private CohortKind kind;

    private LocalDate startDate;
    private LocalDate endDate;
    private boolean closed;

    protected Cohort() {
    }

    Cohort(long programmeId, String name, CohortKind kind, LocalDate startDate, LocalDate endDate) {
        this.programmeId = programmeId;
        reschedule(name, kind, startDate, endDate);
    }

    void reschedule(String name, CohortKind kind, LocalDate startDate, LocalDate endDate) {
        if (closed) {
            throw new DomainException("cohort.closed");
        }
        if (endDate.isBefore(startDate)) {
            throw new FieldException("endDate", "cohort.dates.invalid");
        }
        this.name = name.trim();
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void close() {
        if (closed) {
            throw new DomainException("cohort.closed");
        }
        closed = true;
    }

    long version() {
        return version;
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

    CohortKind kind() {
        return kind;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    boolean closed() {
        return closed;
    }
}
