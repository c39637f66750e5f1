package org.tandem.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.programme.ProgrammeService;
import org.tandem.reporting.FunderReportService;
import org.tandem.reporting.FunderReportSummary;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/** A programme's funder reports: the list, the make-a-report form, and each report's PDF. */
@Controller
class FunderReportController {

    static final List<String> LANGUAGES = List.of("nl", "en", "fr");

    private final FunderReportService reports;
    private final ProgrammeService programmes;
    private final Clock clock;

    FunderReportController(FunderReportService reports, ProgrammeService programmes, Clock clock) {
        this.reports = reports;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/programmes/{id}/funder-reports")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("reports", reports.list(id));
        model.addAttribute("programme", programmes.get(id));
        return "reporting/funder-reports";
    }

    @GetMapping("/programmes/{id}/funder-reports/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String newReport(@PathVariable long id, Model model, Locale locale) {
        reports.list(id);
        String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "nl";
        return form(id, FunderReportForm.empty(LocalDate.now(clock), language), model);
    }

    @PostMapping("/programmes/{id}/funder-reports")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String create(@PathVariable long id, @ModelAttribute("form") FunderReportForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reports.create(id, form.toOrder());
                redirect.addFlashAttribute("notice", "funderReport.created");
                return "redirect:/programmes/" + id + "/funder-reports";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return form(id, form, model);
    }

    @GetMapping("/funder-reports/{reportId}/pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<byte[]> pdf(@PathVariable long reportId) {
        return download(reports.summary(reportId), reports.pdf(reportId));
    }

    static ResponseEntity<byte[]> download(FunderReportSummary summary, byte[] pdf) {
        String name = "tandem-report-" + summary.programmeId() + "-" + summary.from() + "-" + summary.until() + "-"
                + summary.language() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(pdf);
    }

    private String form(long id, FunderReportForm form, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("form", form);
        model.addAttribute("languages", LANGUAGES);
        return "reporting/funder-report-form";
    }
}
