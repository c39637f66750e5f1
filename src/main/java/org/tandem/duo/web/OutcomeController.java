package org.tandem.duo.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.duo.ContractType;
import org.tandem.duo.OutcomeKind;
import org.tandem.duo.OutcomeMoment;
import org.tandem.duo.OutcomeService;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/** A coordinator records a closed duo's outcomes and the mentor's wish to continue; a cohort's follow-ups due. */
@Controller
class OutcomeController {

    private final OutcomeService outcomes;
    private final ProgrammeCatalogue catalogue;
    private final Steps steps;

    OutcomeController(OutcomeService outcomes, ProgrammeCatalogue catalogue, Steps steps) {
        this.outcomes = outcomes;
        this.catalogue = catalogue;
        this.steps = steps;
    }

    @GetMapping("/duos/cohorts/{cohortId}/outcomes")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String followUps(@PathVariable long cohortId, Model model) {
        model.addAttribute("followUps", outcomes.followUpsDue(cohortId));
        model.addAttribute("cohort", catalogue.cohort(cohortId)
                .orElseThrow(() -> new NotFoundException("cohort", cohortId)));
        return "duo/follow-ups";
    }

    @PostMapping("/duos/{id}/outcomes/{moment}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String record(@PathVariable long id, @PathVariable OutcomeMoment moment,
            @RequestParam(required = false) OutcomeKind kind, @RequestParam(required = false) Sector sector,
            @RequestParam(required = false) Integer hoursPerWeek,
            @RequestParam(required = false) ContractType contractType,
            @RequestParam(required = false) EducationSector educationSector,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        var form = new OutcomeForm(kind, sector, hoursPerWeek, contractType, educationSector, note, version);
        return step(id, "outcome-" + moment, "outcome", redirect, () -> outcomes.record(id, moment, form.toCommand()));
    }

    @PostMapping("/duos/{id}/mentor-continues")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String mentorContinues(@PathVariable long id, @RequestParam(required = false) Boolean mentorContinues,
            RedirectAttributes redirect) {
        return step(id, "mentorContinues", "mentorContinues", redirect,
                () -> outcomes.mentorContinues(id, mentorContinues));
    }

    private String step(long id, String form, String notice, RedirectAttributes redirect, Runnable action) {
        steps.take(form, "duo.step.done." + notice, redirect, action);
        return "redirect:/duos/" + id + "#" + form;
    }

}
