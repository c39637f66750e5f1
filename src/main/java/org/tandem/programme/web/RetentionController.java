package org.tandem.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.Retention;
import org.tandem.shared.FieldException;

/** A programme's retention terms, set by its coordinators (and admins) on a page and by the API. */
@Controller
class RetentionController {

    private final ProgrammeService programmes;

    RetentionController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/retention")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String form(@PathVariable long id, Model model) {
        var retention = programmes.retention(id);
        model.addAttribute("programmeId", id);
        model.addAttribute("months", retention.months());
        model.addAttribute("rejectedMonths", retention.rejectedMonths());
        return "programme/retention";
    }

    @PostMapping("/programmes/{id}/retention")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String save(@PathVariable long id, @RequestParam(required = false) Integer months,
            @RequestParam(required = false) Integer rejectedMonths, Model model) {
        try {
            programmes.keepDataFor(id, months == null ? 0 : months, rejectedMonths == null ? 0 : rejectedMonths);
        } catch (FieldException e) {
            model.addAttribute("programmeId", id);
            model.addAttribute("months", months);
            model.addAttribute("rejectedMonths", rejectedMonths);
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorCode", e.code());
            model.addAttribute("maxMonths", Retention.MAX_MONTHS);
            return "programme/retention";
        }
        return "redirect:/programmes/" + id + "/retention?saved";
    }
}
