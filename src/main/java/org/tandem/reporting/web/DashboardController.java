package org.tandem.reporting.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.reporting.DashboardService;
import org.tandem.reporting.MetricHistory;
import org.tandem.reporting.ProgrammeDashboard;
import org.tandem.reporting.ReportScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme's dashboard page: filters by cohort and site that update the figures in place (htmx), a chart for each
 * table with its numbers in the table, and every table as a workbook. Coordinators of the programme, the
 * researchers assigned to it and admins; anybody else does not find it.
 */
@Controller
class DashboardController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DashboardService dashboards;
    private final MetricHistory history;
    private final DashboardTables tables;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardController(DashboardService dashboards, MetricHistory history, DashboardTables tables,
            MessageSource messages) {
        this.dashboards = dashboards;
        this.history = history;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/dashboard")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    String page(@PathVariable long id, @RequestParam(required = false) Long cohort,
            @RequestParam(required = false) Long site, Model model, Locale locale) {
        fill(model, dashboards.of(id, new ReportScope(cohort, site, null, null)), locale);
        return "reporting/dashboard";
    }

    /** htmx: only the figures are sent back when a filter changes. */
    @HxRequest
    @GetMapping("/programmes/{id}/dashboard")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    String figures(@PathVariable long id, @RequestParam(required = false) Long cohort,
            @RequestParam(required = false) Long site, Model model, Locale locale) {
        fill(model, dashboards.of(id, new ReportScope(cohort, site, null, null)), locale);
        return "reporting/dashboard :: figures";
    }

    /** Every table of the dashboard (or the one named) as a workbook, for the same filters. */
    @GetMapping("/programmes/{id}/dashboard.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @RequestParam(required = false) Long cohort,
            @RequestParam(required = false) Long site, @RequestParam(required = false) String table,
            Locale locale) {
        var dashboard = dashboards.of(id, new ReportScope(cohort, site, null, null));
        var chosen = table == null || table.isBlank() ? tables.all(dashboard, locale)
                : List.of(tables.one(dashboard, table, locale));
        String name = "dashboard-" + id + (table == null || table.isBlank() ? "" : "-" + table)
                + (cohort == null ? "" : "-cohort-" + cohort) + (site == null ? "" : "-site-" + site);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
                .contentType(XLSX).body(DashboardWorkbook.of(chosen));
    }

    /** Measures this month's target values now, so that the month's point of the history is up to date. */
    @PostMapping("/programmes/{id}/dashboard/history")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String recordMonth(@PathVariable long id, RedirectAttributes redirect) {
        history.recordCurrentMonth(id);
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/programmes/" + id + "/dashboard";
    }

    private void fill(Model model, ProgrammeDashboard dashboard, Locale locale) {
        var all = tables.all(dashboard, locale);
        Map<String, DashboardTables.Table> byKey = new LinkedHashMap<>();
        all.forEach(t -> byKey.put(t.key(), t));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("tables", byKey);
        Map<String, List<List<Shown>>> shown = new LinkedHashMap<>();
        all.forEach(t -> shown.put(t.key(), t.rows().stream().map(r -> r.stream()
                .map(cell -> Shown.of(cell, t.key().equals("results") ? 3 : 1, locale)).toList()).toList()));
        model.addAttribute("shown", shown);
        model.addAttribute("charts", charts(dashboard, byKey));
    }

    /**
     * What each chart draws, from the same tables the page shows: labels and data sets. Inside a script element no
     * '&lt;' may close it early, whatever a wave or cohort is called.
     */
    private String charts(ProgrammeDashboard d, Map<String, DashboardTables.Table> t) {
        var charts = new ArrayList<Map<String, Object>>();
        var history = t.get("history");
        if (!history.isEmpty()) {
            var sets = new ArrayList<Map<String, Object>>();
            for (int c = 1; c < history.headers().size(); c++) {
                int column = c;
                sets.add(Map.of("label", history.headers().get(c),
                        "data", history.rows().stream().map(r -> r.get(column)).toList()));
            }
            charts.add(chart("chart-history", "line", column(history, 0), sets));
        }
        for (String key : List.of("funnelMentors", "funnelMentees", "duos", "meetings")) {
            var table = t.get(key);
            if (!table.isEmpty()) {
                charts.add(chart("chart-" + key, "bar", column(table, 0),
                        List.of(Map.of("label", table.headers().get(1), "data", column(table, 1)))));
            }
        }
        var surveys = t.get("surveys");
        if (!surveys.isEmpty()) {
            charts.add(chart("chart-surveys", "bar", column(surveys, 0),
                    List.of(Map.of("label", surveys.headers().get(7), "data", column(surveys, 7)))));
        }
        var results = t.get("results");
        if (!results.isEmpty()) {
            var labels = results.rows().stream().map(r -> r.get(2) + " (" + r.get(1) + ")").toList();
            charts.add(chart("chart-results", "bar", new ArrayList<>(labels), List.of(
                    Map.of("label", results.headers().get(4), "data", column(results, 4)),
                    Map.of("label", results.headers().get(5), "data", column(results, 5)))));
        }
        return json.writeValueAsString(charts).replace("<", "\\u003c");
    }

    /** A cell as the page shows it: numbers in the reader's locale, right-aligned; a dash where nothing is measured. */
    record Shown(String text, boolean number) {

        static Shown of(Object cell, int decimals, Locale locale) {
            if (cell == null) {
                return new Shown("–", true);
            }
            if (cell instanceof Double value) {
                var format = java.text.NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(decimals);
                return new Shown(format.format(value), true);
            }
            if (cell instanceof Number value) {
                return new Shown(java.text.NumberFormat.getIntegerInstance(locale).format(value.longValue()), true);
            }
            return new Shown(cell.toString(), false);
        }
    }

    private static Map<String, Object> chart(String id, String type, List<Object> labels,
            List<Map<String, Object>> datasets) {
        return Map.of("id", id, "type", type, "labels", labels, "datasets", datasets);
    }

    private static List<Object> column(DashboardTables.Table table, int column) {
        return table.rows().stream().map(r -> r.get(column)).toList();
    }
}
