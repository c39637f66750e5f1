package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.matching.Criterion;
import org.tandem.matching.CriterionMode;
import org.tandem.matching.CriterionSetting;
import org.tandem.matching.MatchingService;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.DomainException;

/** The coordinators' matching pages: cohorts, runs and their review, profiles, late joiners. */
@Controller
@RequestMapping("/matching")
class MatchingController {

    private final MatchingService matching;
    private final ProgrammeService programmes;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;

    MatchingController(MatchingService matching, ProgrammeService programmes, ProgrammeCatalogue catalogue,
            ParticipantQueries participants) {
        this.matching = matching;
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.participants = participants;
    }

    record ProgrammeCohorts(org.tandem.programme.ProgrammeSummary programme,
            List<org.tandem.programme.CohortView> cohorts) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String index(Model model) {
        var rows = new ArrayList<ProgrammeCohorts>();
        programmes.list().forEach(p -> rows.add(new ProgrammeCohorts(p, catalogue.cohorts(p.id()))));
        model.addAttribute("programmes", rows);
        return "matching/index";
    }

    @GetMapping("/cohorts/{cohortId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String cohort(@PathVariable long cohortId, Model model) {
        model.addAttribute("runs", matching.runs(cohortId));
        model.addAttribute("cohort", catalogue.cohort(cohortId).orElseThrow());
        model.addAttribute("pool", participants.readyToMatch(cohortId));
        return "matching/cohort";
    }

    @PostMapping("/cohorts/{cohortId}/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String run(@PathVariable long cohortId) {
        return "redirect:/matching/runs/" + matching.run(cohortId);
    }

    @GetMapping("/runs/{runId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String review(@PathVariable long runId, Model model) {
        model.addAttribute("run", matching.view(runId));
        return "matching/run";
    }

    @PostMapping("/runs/{runId}/lock")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String lock(@PathVariable long runId, @RequestParam long mentorId, @RequestParam long menteeId,
            RedirectAttributes redirect) {
        matching.lock(runId, mentorId, menteeId);
        redirect.addFlashAttribute("notice", "matching.locked");
        return "redirect:/matching/runs/" + runId;
    }

    @PostMapping("/runs/{runId}/exclude")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String exclude(@PathVariable long runId, @RequestParam long mentorId, @RequestParam long menteeId,
            RedirectAttributes redirect) {
        matching.exclude(runId, mentorId, menteeId);
        redirect.addFlashAttribute("notice", "matching.excluded");
        return "redirect:/matching/runs/" + runId;
    }

    /** A pair breaking a hard rule comes back with a warning and a field for the reason to override it. */
    @PostMapping("/runs/{runId}/manual")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String manual(@PathVariable long runId, @RequestParam long mentorId, @RequestParam long menteeId,
            @RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
        try {
            matching.addManualPair(runId, mentorId, menteeId, overrideReason);
            redirect.addFlashAttribute("notice", "matching.manual.added");
        } catch (DomainException e) {
            if (!"matching.manual.overrideRequired".equals(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute("warning", e.arguments()[0]);
            redirect.addFlashAttribute("manualMentorId", mentorId);
            redirect.addFlashAttribute("manualMenteeId", menteeId);
        }
        return "redirect:/matching/runs/" + runId + "#manual";
    }

    /** A refused swap comes back at the form, with the reason field when a hard rule is broken. */
    @PostMapping("/runs/{runId}/swap")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String swap(@PathVariable long runId, @RequestParam long menteeId, @RequestParam long otherMenteeId,
            @RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
        try {
            matching.swap(runId, menteeId, otherMenteeId, overrideReason);
            redirect.addFlashAttribute("notice", "matching.swap.done");
        } catch (DomainException e) {
            redirect.addFlashAttribute("swapError", e.code());
            redirect.addFlashAttribute("swapErrorArguments",
                    Arrays.stream(e.arguments()).map(String::valueOf).toArray(String[]::new));
            redirect.addFlashAttribute("swapMenteeId", menteeId);
            redirect.addFlashAttribute("swapOtherMenteeId", otherMenteeId);
        }
        return "redirect:/matching/runs/" + runId + "#swap";
    }

    @PostMapping("/runs/{runId}/rerun")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String rerun(@PathVariable long runId) {
        return "redirect:/matching/runs/" + matching.rerun(runId);
    }

    @PostMapping("/runs/{runId}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String publish(@PathVariable long runId, RedirectAttributes redirect) {
        matching.publish(runId);
        var run = matching.view(runId);
        redirect.addFlashAttribute("notice", "matching.published");
        return "redirect:/duos/cohorts/" + run.summary().cohortId();
    }

    @GetMapping("/runs/{runId}/compare")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String compare(@PathVariable long runId, @RequestParam("with") long otherRunId, Model model) {
        model.addAttribute("comparison", matching.compare(runId, otherRunId));
        return "matching/compare";
    }

    @GetMapping("/enrolments/{enrolmentId}/suggestions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String suggestions(@PathVariable long enrolmentId, Model model) {
        model.addAttribute("suggestions", matching.suggestions(enrolmentId));
        return "matching/suggestions";
    }

    @GetMapping("/programmes/{programmeId}/profile")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String profile(@PathVariable long programmeId, Model model) {
        model.addAttribute("profile", matching.profile(programmeId));
        model.addAttribute("modes", CriterionMode.values());
        model.addAttribute("levels", LanguageLevel.values());
        return "matching/profile";
    }

    @PostMapping("/programmes/{programmeId}/profile")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String changeProfile(@PathVariable long programmeId, @RequestParam java.util.Map<String, String> form,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        var settings = new ArrayList<CriterionSetting>();
        for (Criterion c : Criterion.values()) {
            var mode = CriterionMode.valueOf(form.getOrDefault("mode." + c, "OFF"));
            int weight = parse(form.get("weight." + c));
            settings.add(new CriterionSetting(c, mode, weight));
        }
        String level = form.get("minimumLanguageLevel");
        matching.changeProfile(programmeId, settings, level == null || level.isBlank() ? null
                : LanguageLevel.valueOf(level), version);
        redirect.addFlashAttribute("notice", "matching.profile.saved");
        return "redirect:/matching/programmes/" + programmeId + "/profile";
    }

    private static int parse(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new DomainException("matching.profile.weight", CriterionSetting.MAX_WEIGHT);
        }
    }
}
