package org.tandem.programme.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.programme.CohortKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

@Controller
@RequestMapping("/programmes/{id}/cohorts")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class CohortController {

    private final ProgrammeService programmes;
    private final MessageSource messages;

    CohortController(ProgrammeService programmes, MessageSource messages) {
        this.programmes = programmes;
        this.messages = messages;
    }

    @ModelAttribute
    void common(@PathVariable long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("allKinds", CohortKind.values());
    }

    @GetMapping("/new")
    String newCohort(Model model) {
        model.addAttribute("form", CohortForm.empty());
        return "programme/cohort-form";
    }

    @PostMapping
    String create(@PathVariable long id, @Valid @ModelAttribute("form") CohortForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                programmes.addCohort(id, form.toDetails());
                redirect.addFlashAttribute("notice", "cohort.created");
                return "redirect:/programmes/" + id + "#cohorts";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return "programme/cohort-form";
    }

    @GetMapping("/{cohortId}/edit")
    String edit(@PathVariable long id, @PathVariable long cohortId, Model model) {
        var cohort = programmes.getCohort(id, cohortId);
        model.addAttribute("cohort", cohort);
        model.addAttribute("form", CohortForm.from(cohort));
        return "programme/cohort-form";
    }

    @PostMapping("/{cohortId}")
    String update(@PathVariable long id, @PathVariable long cohortId,
            @Valid @ModelAttribute("form") CohortForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                programmes.changeCohort(id, cohortId, form.toDetails(), form.version());
                redirect.addFlashAttribute("notice", "cohort.saved");
                return "redirect:/programmes/" + id + "#cohorts";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("cohort", programmes.getCohort(id, cohortId));
        return "programme/cohort-form";
    }

    @PostMapping("/{cohortId}/close")
    String close(@PathVariable long id, @PathVariable long cohortId, RedirectAttributes redirect, Locale locale) {
        try {
            programmes.closeCohort(id, cohortId);
            redirect.addFlashAttribute("notice", "cohort.closed.notice");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
        }
        return "redirect:/programmes/" + id + "#cohorts";
    }
}
