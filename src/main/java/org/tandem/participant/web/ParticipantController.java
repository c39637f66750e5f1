package org.tandem.participant.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.IntakeCheck;
import org.tandem.participant.ParticipantInvitations;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/** The coordinators' participant list and each participant's intake. */
@Controller
@RequestMapping("/participants")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class ParticipantController {

    private final ParticipantQueries queries;
    private final EnrolmentService enrolments;
    private final ConsentService consents;
    private final ProgrammeService programmes;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantInvitations invitations;
    private final java.util.List<org.tandem.participant.EnrolmentPanels> panels;

    ParticipantController(ParticipantQueries queries, EnrolmentService enrolments, ConsentService consents,
            ProgrammeService programmes, ProgrammeCatalogue catalogue, ParticipantInvitations invitations,
            java.util.List<org.tandem.participant.EnrolmentPanels> panels) {
        this.panels = panels;
        this.queries = queries;
        this.enrolments = enrolments;
        this.consents = consents;
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.invitations = invitations;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(@ModelAttribute("filter") FilterForm filter, Model model) {
        FormOptions.addTo(model);
        var visible = programmes.list();
        model.addAttribute("programmes", visible);
        model.addAttribute("cohorts", visible.stream().flatMap(p -> catalogue.cohorts(p.id()).stream()).toList());
        model.addAttribute("sites", visible.stream().flatMap(p -> catalogue.sites(p.id()).stream()).toList());
        model.addAttribute("page", queries.search(filter.toFilter()));
        return "participant/list";
    }

    /** htmx: only the results are sent back when a filter changes. */
    @HxRequest
    @GetMapping
    @Transactional(readOnly = true)
    String results(@ModelAttribute("filter") FilterForm filter, Model model) {
        model.addAttribute("page", queries.search(filter.toFilter()));
        return "participant/list :: results";
    }

    /**
     * One read transaction for each page, so that what its parts share (the programme, the cohort, the signed-in
     * account, the data version) is read once, and one transaction is begun and committed rather than one per part.
     */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Model model) {
        var enrolment = queries.get(id);
        FormOptions.addTo(model);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("cohort", catalogue.cohort(enrolment.summary().cohortId()).orElseThrow());
        model.addAttribute("rules", catalogue.rules(enrolment.summary().programmeId()).orElseThrow());
        model.addAttribute("sites", catalogue.sites(enrolment.summary().programmeId()));
        model.addAttribute("hasAccount", invitations.hasAccount(enrolment.person().email()));
        var shown = panels.stream().flatMap(p -> p.panels(enrolment.summary()).stream()).toList();
        model.addAttribute("panels", shown);
        model.addAttribute("automaticSteps", shown.stream().flatMap(p -> p.automaticSteps().stream())
                .map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        return "participant/detail";
    }

    @PostMapping("/{id}/intake/plan")
    String planIntake(@PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes redirect) {
        enrolments.planIntake(id, at);
        redirect.addFlashAttribute("notice", "intake.planned");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/intake")
    String recordIntake(@PathVariable long id, @RequestParam(required = false) String notes,
            @RequestParam(required = false) Set<IntakeCheck> checks, RedirectAttributes redirect) {
        enrolments.recordIntake(id, notes, checks == null ? Set.of() : checks);
        redirect.addFlashAttribute("notice", "intake.recorded");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam EnrolmentStatus status,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        enrolments.advance(id, status, reason);
        redirect.addFlashAttribute("notice", "enrolment.status.changed");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/invitation")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        var issued = invitations.invite(id);
        redirect.addFlashAttribute("notice", "invitation.participant.sent");
        redirect.addFlashAttribute("invitationLink", issued.link());
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/consents")
    String giveConsent(@PathVariable long id, @RequestParam ConsentPurpose purpose, RedirectAttributes redirect) {
        consents.give(id, purpose);
        redirect.addFlashAttribute("notice", "consent.recorded");
        return "redirect:/participants/" + id + "#consents";
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    String withdrawConsent(@PathVariable long id, @PathVariable long consentId, RedirectAttributes redirect) {
        consents.withdraw(id, consentId);
        redirect.addFlashAttribute("notice", "consent.withdrawn");
        return "redirect:/participants/" + id + "#consents";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var enrolment = queries.get(id);
        FormOptions.addTo(model);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("sites", catalogue.sites(enrolment.summary().programmeId()));
        model.addAttribute("rules", catalogue.rules(enrolment.summary().programmeId()).orElseThrow());
        model.addAttribute("form", ParticipantForm.from(enrolment));
        return "participant/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ParticipantForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                enrolments.change(id, form.toCommand());
                redirect.addFlashAttribute("notice", "participant.saved");
                return "redirect:/participants/" + id;
            } catch (FieldException e) {
                Forms.reject(result, ParticipantForm.path(e.field()), e);
            }
        }
        var enrolment = queries.get(id);
        FormOptions.addTo(model);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("sites", catalogue.sites(enrolment.summary().programmeId()));
        model.addAttribute("rules", catalogue.rules(enrolment.summary().programmeId()).orElseThrow());
        return "participant/edit";
    }
}
