package org.tandem.duo.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.duo.DuoSettingsService;
import org.tandem.duo.FollowUpEntry;
import org.tandem.duo.FollowUpKind;
import org.tandem.duo.HealthService;
import org.tandem.duo.HealthSignal;
import org.tandem.duo.StageEntry;
import org.tandem.duo.StageProgressService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/** Stage progress and health follow-ups of a duo, a cohort's at-risk list, and a programme's duo settings. */
@Controller
class DuoHealthController {

    private final StageProgressService stages;
    private final HealthService health;
    private final DuoSettingsService settings;
    private final ProgrammeCatalogue catalogue;
    private final Steps steps;

    DuoHealthController(StageProgressService stages, HealthService health, DuoSettingsService settings,
            ProgrammeCatalogue catalogue, Steps steps) {
        this.stages = stages;
        this.health = health;
        this.settings = settings;
        this.catalogue = catalogue;
        this.steps = steps;
    }

    @PostMapping("/duos/{id}/stages")
    @PreAuthorize("isAuthenticated()")
    String recordStage(@PathVariable long id, @RequestParam(required = false) Long stageId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reachedOn,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean skipped,
            @RequestParam(required = false) String skipReason, RedirectAttributes redirect) {
        step("stage", redirect, () -> stages.record(id, new StageEntry(stageId, reachedOn, note, skipped,
                skipReason)));
        return "redirect:/duos/" + id + "#stages";
    }

    /** The most urgent duos shown on the at-risk page before "show all". */
    static final int AT_RISK_SHOWN = 50;

    @GetMapping("/duos/cohorts/{cohortId}/at-risk")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Transactional(readOnly = true)
    String atRisk(@PathVariable long cohortId, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) Long followUp, Model model) {
        // the follow-up form comes for the duo chosen only: a form per duo made a page of megabytes
        var list = health.atRisk(cohortId, all ? Integer.MAX_VALUE : AT_RISK_SHOWN);
        model.addAttribute("all", all);
        model.addAttribute("followUpDuo", followUp);
        model.addAttribute("atRisk", list.duos());
        model.addAttribute("atRiskTotal", list.total());
        model.addAttribute("cohort", catalogue.cohort(cohortId).orElseThrow());
        model.addAttribute("followUpKinds", FollowUpKind.values());
        return "duo/at-risk";
    }

    @PostMapping("/duos/{id}/follow-ups")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String followUp(@PathVariable long id, @RequestParam(required = false) HealthSignal signal,
            @RequestParam(required = false) FollowUpKind kind, @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate snoozedUntil,
            @RequestParam(required = false) Long cohortId, RedirectAttributes redirect) {
        String form = "followUp-" + signal;
        boolean refused = !steps.take(form, "duo.step.done.followUp", redirect,
                () -> health.followUp(id, new FollowUpEntry(signal, kind, note, snoozedUntil)));
        redirect.addFlashAttribute("errorDuo", id);
        return cohortId != null ? "redirect:/duos/cohorts/" + cohortId + "/at-risk" + (refused ? "?followUp=" + id : "")
                + "#duo-" + id
                : "redirect:/duos/" + id + "#health";
    }

    @GetMapping("/programmes/{programmeId}/duo-settings")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String settings(@PathVariable long programmeId, Model model) {
        model.addAttribute("form", DuoSettingsForm.from(settings.view(programmeId)));
        return settingsPage(programmeId, model);
    }

    @PostMapping("/programmes/{programmeId}/duo-settings")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String changeSettings(@PathVariable long programmeId, @ModelAttribute("form") DuoSettingsForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return settingsPage(programmeId, model);
        }
        try {
            settings.change(programmeId, form.toCommand());
            redirect.addFlashAttribute("notice", "duo.settings.saved");
            return "redirect:/programmes/" + programmeId + "/duo-settings";
        } catch (FieldException e) {
            Forms.reject(result, e);
            return settingsPage(programmeId, model);
        }
    }

    private String settingsPage(long programmeId, Model model) {
        var programme = catalogue.rules(programmeId).orElseThrow(() -> new NotFoundException("programme",
                programmeId));
        model.addAttribute("programme", programme);
        model.addAttribute("current", settings.view(programmeId));
        return "duo/settings";
    }

    private void step(String form, RedirectAttributes redirect, Runnable action) {
        steps.take(form, "duo.step.done." + form.replaceFirst("-.*", ""), redirect, action);
    }

}
