package org.tandem.programme.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/** The parts of a programme edited on its own page: stage plan, sites and targets. */
@Controller
@RequestMapping("/programmes/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class ProgrammePartsController {

    private final ProgrammeService programmes;
    private final ProgrammePage page;

    ProgrammePartsController(ProgrammeService programmes, ProgrammePage page) {
        this.programmes = programmes;
        this.page = page;
    }

    @PostMapping("/stages")
    String addStage(@PathVariable long id, @Valid @ModelAttribute("stageForm") StageForm form, BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            return rerender(id, model);
        }
        programmes.addStage(id, form.name(), form.description());
        return "redirect:/programmes/" + id + "#stages";
    }

    @PostMapping("/stages/{stageId}")
    String changeStage(@PathVariable long id, @PathVariable long stageId,
            @Valid @ModelAttribute("stageForm") StageForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return rerender(id, model);
        }
        programmes.changeStage(id, stageId, form.name(), form.description(), form.version());
        return "redirect:/programmes/" + id + "#stages";
    }

    /** A stage that duos' progress still uses stays; the page says so at the stage plan's form. */
    @PostMapping("/stages/{stageId}/delete")
    String removeStage(@PathVariable long id, @PathVariable long stageId, Model model) {
        try {
            programmes.removeStage(id, stageId);
            return "redirect:/programmes/" + id + "#stages";
        } catch (DomainException e) {
            return refused(id, model, "stageForm", StageForm.empty(), e);
        }
    }

    @PostMapping("/stages/{stageId}/move")
    String moveStage(@PathVariable long id, @PathVariable long stageId, @RequestParam int delta) {
        programmes.moveStage(id, stageId, Integer.signum(delta));
        return "redirect:/programmes/" + id + "#stages";
    }

    /** The same move for htmx: only the stage plan is sent back and swapped in place. */
    @HxRequest
    @PostMapping("/stages/{stageId}/move")
    String moveStageInPlace(@PathVariable long id, @PathVariable long stageId, @RequestParam int delta,
            Model model) {
        programmes.moveStage(id, stageId, Integer.signum(delta));
        model.addAttribute("programme", programmes.get(id));
        return "programme/detail :: stages";
    }

    @PostMapping("/sites")
    String addSite(@PathVariable long id, @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                programmes.addSite(id, form.city(), form.country());
                return "redirect:/programmes/" + id + "#sites";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return rerender(id, model);
    }

    /** A site that enrolments still use stays; the page says so at the sites' form. */
    @PostMapping("/sites/{siteId}/delete")
    String removeSite(@PathVariable long id, @PathVariable long siteId, Model model) {
        try {
            programmes.removeSite(id, siteId);
            return "redirect:/programmes/" + id + "#sites";
        } catch (DomainException e) {
            return refused(id, model, "siteForm", SiteForm.empty(), e);
        }
    }

    @PostMapping("/targets")
    String addTarget(@PathVariable long id, @Valid @ModelAttribute("targetForm") TargetForm form,
            BindingResult result, Model model) {
        if (result.hasErrors()) {
            return rerender(id, model);
        }
        programmes.addTarget(id, form.metric(), form.comparator(), form.threshold());
        return "redirect:/programmes/" + id + "#targets";
    }

    @PostMapping("/targets/{targetId}/delete")
    String removeTarget(@PathVariable long id, @PathVariable long targetId) {
        programmes.removeTarget(id, targetId);
        return "redirect:/programmes/" + id + "#targets";
    }

    private String rerender(long id, Model model) {
        return page.render(id, model);
    }

    /** The programme page again, with the refusal at the top of the named form. */
    private String refused(long id, Model model, String name, Object form, DomainException e) {
        var result = new BeanPropertyBindingResult(form, name);
        Forms.reject(result, e);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return rerender(id, model);
    }
}
