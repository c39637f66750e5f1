package org.tandem.reporting.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.reporting.DashboardService;
import org.tandem.reporting.ProgrammeDashboard;
import org.tandem.reporting.ReportScope;

@RestController
@RequestMapping("/api/v1")
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    /**
     * The figures of a programme's dashboard, optionally for a cohort, a site and the people who applied in a period
     * (ISO dates, both ends included). Coordinators of the programme, researchers assigned to it (aggregates only)
     * and admins; 404 for anybody else and for a cohort or site of another programme.
     */
    @GetMapping("/programmes/{id}/dashboard")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    ProgrammeDashboard dashboard(@PathVariable long id, @RequestParam(required = false) Long cohort,
            @RequestParam(required = false) Long site,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        return dashboards.of(id, new ReportScope(cohort, site, from, until));
    }
}
