package org.tandem.participant.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tandem.participant.PersonErasure;
import org.tandem.participant.RetentionService;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;

/**
 * Erasure on request (GDPR Art. 17): a confirm step that shows what will be erased, then the erasure with a reason;
 * the same by the API. Retention: the admins' preview of what the next daily run erases.
 */
@Controller
class ErasureController {

    private final PersonErasure erasure;
    private final RetentionService retention;

    ErasureController(PersonErasure erasure, RetentionService retention) {
        this.erasure = erasure;
        this.retention = retention;
    }

    /** The reason an erasure is done, for the API. */
    record ErasureRequest(String reason) {
    }

    record ErasureDone(long erasureId) {
    }

    @GetMapping("/participants/{id}/erasure")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String confirm(@PathVariable long id, Model model) {
        model.addAttribute("participantId", id);
        try {
            model.addAttribute("preview", erasure.preview(id));
        } catch (DomainException e) {
            if (e instanceof FieldException) {
                throw e;
            }
            model.addAttribute("refusal", e.code());
        }
        return "participant/erasure";
    }

    @PostMapping("/participants/{id}/erasure")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String erase(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            erasure.erase(id, reason);
        } catch (FieldException e) {
            model.addAttribute("reasonError", e.code());
            model.addAttribute("reason", reason);
            return confirm(id, model);
        }
        return "redirect:/participants/" + id + "/erasure";
    }

    @PostMapping("/api/v1/participants/{id}/erasure")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @ResponseBody
    ErasureDone eraseByApi(@PathVariable long id, @RequestBody ErasureRequest request) {
        return new ErasureDone(erasure.erase(id, request.reason()));
    }

    @PostMapping("/api/v1/accounts/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseBody
    ErasureDone eraseAccountByApi(@PathVariable long id, @RequestBody ErasureRequest request) {
        return new ErasureDone(erasure.eraseAccount(id, request.reason()));
    }

    @GetMapping("/admin/retention")
    @PreAuthorize("hasRole('ADMIN')")
    String retention(Model model) {
        model.addAttribute("preview", retention.preview());
        return "participant/retention";
    }

    @GetMapping("/api/v1/admin/retention/preview")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseBody
    RetentionService.Preview retentionPreview() {
        return retention.preview();
    }

}
