package org.tandem.reporting.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.reporting.FunderReportOrder;
import org.tandem.reporting.FunderReportService;
import org.tandem.reporting.FunderReportSummary;

/**
 * Funder reports over JSON: list a programme's reports, make one (201 with the PDF's location) and download its
 * PDF. The programme's coordinators and admins; 404 for anybody else.
 */
@RestController
@RequestMapping("/api/v1")
class FunderReportApiController {

    private final FunderReportService reports;

    FunderReportApiController(FunderReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/programmes/{id}/funder-reports")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<FunderReportSummary> list(@PathVariable long id) {
        return reports.list(id);
    }

    /** Body: {"from": "2026-01-01", "until": "2026-06-30", "language": "nl", "text": "# Heading\n\nParagraph"}. */
    @PostMapping("/programmes/{id}/funder-reports")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, @RequestBody FunderReportOrder order) {
        long reportId = reports.create(id, order);
        return ResponseEntity.created(URI.create("/api/v1/funder-reports/" + reportId + "/pdf"))
                .body(Map.of("id", reportId, "pdf", "/api/v1/funder-reports/" + reportId + "/pdf"));
    }

    @GetMapping("/funder-reports/{reportId}/pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<byte[]> pdf(@PathVariable long reportId) {
        return FunderReportController.download(reports.summary(reportId), reports.pdf(reportId));
    }
}
