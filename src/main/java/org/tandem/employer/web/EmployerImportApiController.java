package org.tandem.employer.web;

import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.employer.EmployerImport;
import org.tandem.shared.ImportRefusedException;

/**
 * Employer import for scripts: 200 with the report, 400 with every wrong row and column when the file is rejected
 * (nothing is written then), 404 for a programme outside the caller's scope.
 */
@RestController
class EmployerImportApiController {

    private final EmployerImport importer;
    private final MessageSource messages;

    EmployerImportApiController(EmployerImport importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/programmes/{programmeId}/employers/import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<EmployerImportResult> importEmployers(@PathVariable long programmeId,
            @RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        importer.programme(programmeId);
        if (file.getSize() > importer.maxBytes()) {
            throw new ImportRefusedException("import.file.tooLarge", importer.maxBytes() / (1024 * 1024));
        }
        var result = EmployerImportResult.from(importer.importInto(programmeId, file.getBytes()), messages, locale);
        return result.accepted() ? ResponseEntity.ok(result) : ResponseEntity.badRequest().body(result);
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail refused(ImportRefusedException e, Locale locale) {
        var status = "import.file.tooLarge".equals(e.code()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.code(), e.arguments(), e.code(), locale));
    }
}
