package org.tandem.participant.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.shared.ImportRefusedException;
import org.tandem.participant.ParticipantExport;
import org.tandem.participant.ParticipantImport;

/**
 * Participant import and export for scripts: the import answers its report, 400 with every wrong row and column
 * when the file is rejected (nothing is written then).
 */
@RestController
@RequestMapping("/api/v1")
class ParticipantImportApiController {

    private final ParticipantImport importer;
    private final ParticipantExport exporter;
    private final MessageSource messages;

    ParticipantImportApiController(ParticipantImport importer, ParticipantExport exporter, MessageSource messages) {
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @PostMapping(path = "/cohorts/{cohortId}/participants/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ImportResult> importParticipants(@PathVariable long cohortId,
            @RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        importer.cohort(cohortId);
        if (file.getSize() > importer.maxBytes()) {
            throw new ImportRefusedException("import.file.tooLarge", importer.maxBytes() / (1024 * 1024));
        }
        var result = ImportResult.from(importer.importInto(cohortId, file.getBytes()), messages, locale);
        return result.accepted() ? ResponseEntity.ok(result) : ResponseEntity.badRequest().body(result);
    }

    @GetMapping("/participants/export.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    void csv(@ModelAttribute ExportQuery query, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participants.csv\"");
        exporter.csv(query.toFilter(), response.getOutputStream());
    }

    @GetMapping("/participants/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    void xlsx(@ModelAttribute ExportQuery query, HttpServletResponse response) throws IOException {
        response.setContentType(ExportMedia.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participants.xlsx\"");
        exporter.xlsx(query.toFilter(), response.getOutputStream());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail refused(ImportRefusedException e, Locale locale) {
        var status = "import.file.tooLarge".equals(e.code()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.code(), e.arguments(), e.code(), locale));
    }
}
