package org.tandem.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.system.EventPublications;

/** Admins see the events whose listeners have not succeeded yet, and can have them retried now. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Events", description = "Events between modules that a listener has not handled yet")
class EventPublicationsController {

    private final EventPublications publications;

    EventPublicationsController(EventPublications publications) {
        this.publications = publications;
    }

    @GetMapping("/admin/events")
    @PreAuthorize("hasRole('ADMIN')")
    String page(Model model) {
        model.addAttribute("pending", publications.pending());
        return "system/events";
    }

    @PostMapping("/admin/events/resubmit")
    @PreAuthorize("hasRole('ADMIN')")
    String resubmit(RedirectAttributes redirect) {
        publications.resubmit();
        redirect.addFlashAttribute("notice", "events.resubmitted");
        return "redirect:/admin/events";
    }

    @GetMapping("/api/v1/admin/event-publications")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseBody
    @Operation(summary = "Incomplete event publications, oldest first (at most 500)")
    List<EventPublications.Pending> list() {
        return publications.pending();
    }

    @PostMapping("/api/v1/admin/event-publications/resubmit")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseBody
    @Operation(summary = "Hand every incomplete publication older than the retry delay to its listener again")
    List<EventPublications.Pending> resubmitApi() {
        publications.resubmit();
        return publications.pending();
    }
}
