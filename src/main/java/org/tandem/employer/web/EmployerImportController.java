package org.tandem.employer.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.employer.EmployerImport;
import org.tandem.employer.EmployerImportColumn;
import org.tandem.employer.EmployerSector;
import org.tandem.employer.PipelineStage;
import org.tandem.employer.SizeBand;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.ImportRefusedException;

/** The employer import page: a programme of the coordinator's, a file, and the result on the same page. */
@Controller
@RequestMapping("/employers/import")
class EmployerImportController {

    private final EmployerImport importer;
    private final ProgrammeService programmes;
    private final MessageSource messages;

    EmployerImportController(EmployerImport importer, ProgrammeService programmes, MessageSource messages) {
        this.importer = importer;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String form(@RequestParam(required = false) Long programmeId, Model model) {
        if (programmeId != null) {
            importer.programme(programmeId);
        }
        prepare(programmeId, model);
        return "employer/import";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String upload(@RequestParam(required = false) Long programmeId,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        if (programmeId != null) {
            importer.programme(programmeId);
        }
        prepare(programmeId, model);
        String refusal = null;
        if (programmeId == null) {
            refusal = "employer.import.programme.required";
        } else if (file == null || file.isEmpty()) {
            refusal = "import.file.required";
        } else if (file.getSize() > importer.maxBytes()) {
            refusal = "import.file.tooLarge";
        } else {
            try {
                model.addAttribute("result", EmployerImportResult.from(
                        importer.importInto(programmeId, file.getBytes()), messages, locale));
            } catch (ImportRefusedException e) {
                model.addAttribute("refusal", messages.getMessage(e.code(), e.arguments(), locale));
            }
        }
        if (refusal != null) {
            model.addAttribute("refusal", messages.getMessage(refusal,
                    new Object[] {importer.maxBytes() / (1024 * 1024)}, locale));
        }
        return "employer/import";
    }

    private void prepare(Long programmeId, Model model) {
        model.addAttribute("programmes", programmes.list());
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("columns", List.of(EmployerImportColumn.values()));
        model.addAttribute("allSectors", EmployerSector.values());
        model.addAttribute("allSizeBands", SizeBand.values());
        model.addAttribute("importStages", List.of(PipelineStage.PROSPECT, PipelineStage.CONTACTED,
                PipelineStage.INTERESTED, PipelineStage.COMMITTED, PipelineStage.ACTIVE, PipelineStage.ENDED));
        model.addAttribute("maxMegabytes", importer.maxBytes() / (1024 * 1024));
    }
}
