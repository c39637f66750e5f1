package org.tandem.research;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/** One export, as logged: who made it, when, for which project, how many people and rows, how many were left out. */
@Entity
@Table(name = "research_export")
class ResearchExport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "research_export_seq")
    @SequenceGenerator(name = "research_export_seq", sequenceName = "research_export_seq", allocationSize = 50)
    private Long id;

    private long projectId;
    private long programmeId;
    private long accountId;
    @PersonalData(value = Kind.NAME, purpose = Purpose.SECURITY)
    private String accountName;
    private Instant exportedAt;
    private String format;
    private int people;
    private int rowCount;
    private int suppressed;

    protected ResearchExport() {
    }

    ResearchExport(ResearchProject project, long accountId, String accountName, Instant at, String format,
            int people, int rowCount, int suppressed) {
        this.projectId = project.id();
        this.programmeId = project.programmeId();
        this.accountId = accountId;
        this.accountName = accountName;
        this.exportedAt = at;
        this.format = format;
        this.people = people;
        this.rowCount = rowCount;
        this.suppressed = suppressed;
    }

    ExportLogLine line() {
        return new ExportLogLine(id, projectId, accountId, accountName, exportedAt, format, people, rowCount,
                suppressed);
    }
}
