package org.tandem.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FunderReportRepository extends JpaRepository<FunderReport, Long> {

    /** The reports of a programme, newest first, without loading their PDFs. */
    @Query("""
            select new org.tandem.reporting.FunderReportSummary(r.id, r.programmeId, r.periodFrom, r.periodUntil,
                r.language, r.authorName, r.createdAt, r.pdfSize)
            from FunderReport r where r.programmeId = :programmeId order by r.createdAt desc, r.id desc""")
    List<FunderReportSummary> summaries(long programmeId);
}
