package org.tandem.audit.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.audit.AuditLog;

/** The audit log for admins: searched by period, actor, action and the person or account an entry is about. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(@Valid @ModelAttribute("filter") AuditSearchForm filter, BindingResult result, Model model) {
        var found = result.hasErrors() ? null : audit.search(filter.toFilter());
        model.addAttribute("found", found);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("retention", audit.retention().toString());
        return "audit/log";
    }
}
