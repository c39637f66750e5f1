package org.tandem.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * A funder report as it was made: the period, language and coordinator's text it was made from, who made it and
 * when, and the PDF itself. It never changes after it is made.
 */
@Entity
@Table(name = "funder_report")
class FunderReport {

    static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funder_report_seq")
    @SequenceGenerator(name = "funder_report_seq", sequenceName = "funder_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    @NotPersonal("the language a report is written in")
    private String language;
    private long authorId;
    @PersonalData(value = Kind.NAME, purpose = Purpose.REPORTING)
    private String authorName;
    private Instant createdAt;
    @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.REPORTING)
    private String coordinatorText;

    @Column(name = "pdf")
    private byte[] pdf;

    private int pdfSize;

    protected FunderReport() {
    }

    FunderReport(long programmeId, LocalDate from, LocalDate until, String language, long authorId,
            String authorName, Instant createdAt, String coordinatorText, byte[] pdf) {
        this.programmeId = programmeId;
        this.periodFrom = from;
        this.periodUntil = until;
        this.language = language;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.coordinatorText = coordinatorText;
        this.pdf = pdf.clone();
        this.pdfSize = pdf.length;
    }

    Long id() {
        return id;
    }

    long programmeId() {
        return programmeId;
    }

    byte[] pdf() {
        return pdf.clone();
    }
}
