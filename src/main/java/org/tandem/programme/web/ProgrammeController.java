package org.tandem.programme.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.programme.MeetingFrequency;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeStatus;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.Language;

@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class ProgrammeController {

    private final ProgrammeService programmes;
    private final ProgrammePage page;

    ProgrammeController(ProgrammeService programmes, ProgrammePage page) {
        this.programmes = programmes;
        this.page = page;
    }

    @ModelAttribute
    void formOptions(Model model) {
        model.addAttribute("allKinds", ProgrammeKind.values());
        model.addAttribute("allFrequencies", MeetingFrequency.values());
        model.addAttribute("allLanguages", Language.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", programmes.list());
        return "programme/list";
    }

    @GetMapping("/new")
    String newProgramme(Model model) {
        model.addAttribute("form", ProgrammeForm.empty());
        return "programme/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "programme/form";
        }
        try {
            long id = programmes.create(form.toDetails());
            redirect.addFlashAttribute("notice", "programme.created");
            return "redirect:/programmes/" + id;
        } catch (FieldException e) {
            Forms.reject(result, e);
            return "programme/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page.render(id, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var programme = programmes.get(id);
        model.addAttribute("programme", programme);
        model.addAttribute("form", ProgrammeForm.from(programme));
        return "programme/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                programmes.describe(id, form.toDetails(), form.version());
                redirect.addFlashAttribute("notice", "programme.saved");
                return "redirect:/programmes/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("programme", programmes.get(id));
        return "programme/form";
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam ProgrammeStatus status, RedirectAttributes redirect) {
        programmes.changeStatus(id, status);
        redirect.addFlashAttribute("notice", "programme.status.changed");
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/coordinators")
    @PreAuthorize("hasRole('ADMIN')")
    String assignCoordinator(@PathVariable long id, @RequestParam long userId) {
        programmes.assignCoordinator(id, userId);
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/researchers")
    @PreAuthorize("hasRole('ADMIN')")
    String assignResearcher(@PathVariable long id, @RequestParam long userId) {
        programmes.assignResearcher(id, userId);
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/researchers/{userId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String unassignResearcher(@PathVariable long id, @PathVariable long userId) {
        programmes.unassignCoordinator(id, userId);
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/coordinators/{userId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String unassignCoordinator(@PathVariable long id, @PathVariable long userId) {
        programmes.unassignCoordinator(id, userId);
        return "redirect:/programmes/" + id;
    }
}
