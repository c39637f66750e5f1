package org.tandem.duo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoSide;
import org.tandem.duo.EndReason;
import org.tandem.programme.ProgrammeCatalogue;

/** A cohort's duos, one duo's page (for its coordinators and its members), a member's own duos, and the steps. */
@Controller
class DuoController {

    private final DuoService duos;
    private final ProgrammeCatalogue catalogue;
    private final List<DuoSection> sections;
    private final Steps steps;
    private final Clock clock;

    DuoController(DuoService duos, ProgrammeCatalogue catalogue, List<DuoSection> sections, Steps steps,
            Clock clock) {
        this.duos = duos;
        this.catalogue = catalogue;
        this.sections = sections.stream().sorted(Comparator.comparingInt(DuoSection::order)).toList();
        this.steps = steps;
        this.clock = clock;
    }

    @GetMapping("/duos/cohorts/{cohortId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String list(@PathVariable long cohortId, Model model) {
        model.addAttribute("duos", duos.inCohort(cohortId));
        model.addAttribute("cohort", catalogue.cohort(cohortId).orElseThrow());
        return "duo/list";
    }

    /**
     * One read transaction for the whole page: its sections read the same duo, members and programme, which the
     * transaction's persistence context then loads once instead of once per section. Every section only reads.
     */
    @GetMapping("/duos/{id}")
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    String detail(@PathVariable long id, Model model) {
        var duo = duos.details(id);
        model.addAttribute("duo", duo);
        model.addAttribute("endReasons", EndReason.FOR_END_EARLY);
        model.addAttribute("declineReasons", EndReason.FOR_DECLINE);
        model.addAttribute("today", LocalDate.now(clock));
        for (var section : sections) {
            section.contribute(duo, model);
        }
        model.addAttribute("sections", sections);
        return "duo/detail";
    }

    @GetMapping("/me/duos")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    String mine(Model model) {
        model.addAttribute("duos", duos.mine());
        return "duo/mine";
    }

    @PostMapping("/duos/{id}/confirm")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, "confirm", redirect, () -> duos.confirm(id));
    }

    @PostMapping("/duos/{id}/decline")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    String decline(@PathVariable long id, @RequestParam(required = false) EndReason reason,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return step(id, "decline", redirect, () -> duos.decline(id, reason, note));
    }

    @PostMapping("/duos/{id}/confirm-on-behalf")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String confirmOnBehalf(@PathVariable long id, @RequestParam(required = false) DuoSide side,
            RedirectAttributes redirect) {
        return step(id, "confirmOnBehalf", redirect, () -> duos.confirmOnBehalf(id, side));
    }

    @PostMapping("/duos/{id}/decline-on-behalf")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String declineOnBehalf(@PathVariable long id, @RequestParam(required = false) DuoSide side,
            @RequestParam(required = false) EndReason reason, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return step(id, "declineOnBehalf", redirect, () -> duos.declineOnBehalf(id, side, reason, note));
    }

    @PostMapping("/duos/{id}/introduction")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String introduction(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes redirect) {
        return step(id, "introduction", redirect,
                () -> duos.planIntroduction(id, at == null ? null : at.atZone(clock.getZone()).toInstant()));
    }

    @PostMapping("/duos/{id}/pause")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String pause(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(id, "pause", redirect, () -> duos.pause(id, reason));
    }

    @PostMapping("/duos/{id}/resume")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, "resume", redirect, () -> duos.resume(id));
    }

    @PostMapping("/duos/{id}/complete")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String complete(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            @RequestParam(required = false) Boolean mentorContinues, RedirectAttributes redirect) {
        return step(id, "complete", redirect, () -> duos.complete(id, endedOn, mentorContinues));
    }

    @PostMapping("/duos/{id}/end-early")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String endEarly(@PathVariable long id, @RequestParam(required = false) EndReason reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            @RequestParam(required = false) Boolean mentorContinues, RedirectAttributes redirect) {
        return step(id, "endEarly", redirect, () -> duos.endEarly(id, reason, note, endedOn, mentorContinues));
    }

    private String step(long id, String form, RedirectAttributes redirect, Runnable action) {
        steps.take(form, "duo.step.done." + form, redirect, action);
        return "redirect:/duos/" + id + "#" + form;
    }

}
