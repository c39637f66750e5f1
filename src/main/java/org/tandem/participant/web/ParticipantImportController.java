package org.tandem.participant.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.participant.ImportColumn;
import org.tandem.shared.ImportRefusedException;
import org.tandem.participant.ParticipantExport;
import org.tandem.participant.ParticipantImport;

/** The import page of a cohort, with its result, and the exports of the filtered participant list. */
@Controller
@RequestMapping("/participants")
class ParticipantImportController {

    private final ParticipantImport importer;
    private final ParticipantExport exporter;
    private final MessageSource messages;

    ParticipantImportController(ParticipantImport importer, ParticipantExport exporter, MessageSource messages) {
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping("/import/{cohortId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String form(@PathVariable long cohortId, Model model) {
        prepare(cohortId, model);
        return "participant/import";
    }

    @PostMapping("/import/{cohortId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String upload(@PathVariable long cohortId, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, Locale locale) throws IOException {
        prepare(cohortId, model);
        String refusal = null;
        if (file == null || file.isEmpty()) {
            refusal = "import.file.required";
        } else if (file.getSize() > importer.maxBytes()) {
            refusal = "import.file.tooLarge";
        } else {
            try {
                model.addAttribute("result", ImportResult.from(importer.importInto(cohortId, file.getBytes()),
                        messages, locale));
            } catch (ImportRefusedException e) {
                model.addAttribute("refusal", messages.getMessage(e.code(), e.arguments(), locale));
            }
        }
        if (refusal != null) {
            model.addAttribute("refusal", messages.getMessage(refusal,
                    new Object[] {importer.maxBytes() / (1024 * 1024)}, locale));
        }
        return "participant/import";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    void csv(@ModelAttribute ExportQuery query, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participants.csv\"");
        exporter.csv(query.toFilter(), response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    void xlsx(@ModelAttribute ExportQuery query, HttpServletResponse response) throws IOException {
        response.setContentType(ExportMedia.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participants.xlsx\"");
        exporter.xlsx(query.toFilter(), response.getOutputStream());
    }

    private void prepare(long cohortId, Model model) {
        model.addAttribute("cohort", importer.cohort(cohortId));
        model.addAttribute("columns", List.of(ImportColumn.values()));
        model.addAttribute("maxMegabytes", importer.maxBytes() / (1024 * 1024));
    }
}
