package org.tandem.evaluation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.evaluation.QuestionnaireService;
import org.tandem.evaluation.WaveAnchor;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WavePurpose;
import org.tandem.evaluation.WaveRole;
import org.tandem.evaluation.WaveService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/** Planning a wave, and one wave's page: its response monitor (rates per site, who has not answered) and actions. */
@Controller
class WaveController {

    // Every handler is open to signed-in users and the services answer 404 to anybody who does not manage the
    // programme (researchers, participants, other coordinators): these pages do not exist for them, not even as 403.

    private final WaveService waves;
    private final QuestionnaireService questionnaires;
    private final ProgrammeCatalogue catalogue;

    WaveController(WaveService waves, QuestionnaireService questionnaires, ProgrammeCatalogue catalogue) {
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.catalogue = catalogue;
    }

    @GetMapping("/programmes/{programmeId}/waves/new")
    @PreAuthorize("isAuthenticated()")
    String newWave(@PathVariable long programmeId, Model model) {
        model.addAttribute("form", WaveForm.blank());
        return form(programmeId, model);
    }

    @PostMapping("/programmes/{programmeId}/waves")
    @PreAuthorize("isAuthenticated()")
    String plan(@PathVariable long programmeId, @ModelAttribute("form") WaveForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var wave = waves.plan(programmeId, form.toPlan());
                redirect.addFlashAttribute("notice", "evaluation.wave.planned");
                return "redirect:/waves/" + wave.id();
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return form(programmeId, model);
    }

    @GetMapping("/waves/{id}")
    @PreAuthorize("isAuthenticated()")
    String wave(@PathVariable long id, Model model) {
        var monitor = waves.monitor(id);
        model.addAttribute("monitor", monitor);
        model.addAttribute("wave", monitor.wave());
        model.addAttribute("programme", programme(monitor.wave().programmeId()));
        return "evaluation/wave";
    }

    /** The monitor's live part, which the page refreshes with htmx. */
    @GetMapping("/waves/{id}/monitor")
    @PreAuthorize("isAuthenticated()")
    String monitor(@PathVariable long id, Model model) {
        var monitor = waves.monitor(id);
        model.addAttribute("monitor", monitor);
        model.addAttribute("wave", monitor.wave());
        return "evaluation/wave :: monitor";
    }

    @PostMapping("/waves/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            int invited = waves.open(id);
            redirect.addFlashAttribute("waveNotice", "evaluation.wave.opened");
            redirect.addFlashAttribute("count", invited);
        });
    }

    @PostMapping("/waves/{id}/remind")
    @PreAuthorize("isAuthenticated()")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            int reminded = waves.remind(id);
            redirect.addFlashAttribute("waveNotice", "evaluation.wave.reminded");
            redirect.addFlashAttribute("count", reminded);
        });
    }

    @PostMapping("/waves/{id}/close")
    @PreAuthorize("isAuthenticated()")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            waves.close(id);
            redirect.addFlashAttribute("notice", "evaluation.wave.closedNow");
        });
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        waves.get(id);
        try {
            action.run();
        } catch (DomainException e) {
            redirect.addFlashAttribute("waveRefusal", e.code());
        }
        return "redirect:/waves/" + id;
    }

    private String form(long programmeId, Model model) {
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("questionnaires", questionnaires.list(programmeId));
        model.addAttribute("cohorts", catalogue.cohorts(programmeId));
        model.addAttribute("roles", WaveRole.values());
        model.addAttribute("kinds", WaveKind.values());
        model.addAttribute("purposes", WavePurpose.values());
        model.addAttribute("anchors", WaveAnchor.values());
        return "evaluation/wave-form";
    }

    private org.tandem.programme.ProgrammeSummary programme(long programmeId) {
        return catalogue.all().stream().filter(p -> p.id() == programmeId).findFirst()
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
    }
}
