package org.tandem.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.audit.AuditLog;
import org.tandem.audit.AuditResults;

@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit log", description = "Sign-ins, reads of sensitive data, downloads, exports and account changes")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Search the audit log, newest first (from/until are dates, Amsterdam time, both included)")
    AuditResults search(@Valid @ModelAttribute AuditSearchForm filter) {
        return audit.search(filter.toFilter());
    }
}
