package org.tandem.activity.workshop.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.activity.workshop.Audience;
import org.tandem.activity.workshop.WorkshopService;
import org.tandem.activity.workshop.WorkshopView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/**
 * The workshop pages. Coordinators: a programme's workshops and themes, planning and changing one, its registrants
 * and waiting list with register-somebody, and the door page to tick attendance on a phone. Participants and
 * employer contacts: the workshops open to them, and a workshop's page to register, cancel or see their place on the
 * waiting list. A workshop's page ({@code /workshops/{id}}) shows the view of whoever asks.
 */
@Controller
class WorkshopController {

    private static final String COORDINATORS = "hasAnyRole('ADMIN', 'COORDINATOR')";
    private static final String TAKING_PART = "hasAnyRole('MENTOR', 'MENTEE', 'EMPLOYER_CONTACT')";

    private final WorkshopService workshops;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final MessageSource messages;

    WorkshopController(WorkshopService workshops, ProgrammeCatalogue catalogue, AccountService accounts,
            MessageSource messages) {
        this.workshops = workshops;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.messages = messages;
    }

    // --- coordinators

    @GetMapping("/programmes/{programmeId}/workshops")
    @PreAuthorize(COORDINATORS)
    String list(@PathVariable long programmeId, Model model) {
        var themes = workshops.themes(programmeId);
        model.addAttribute("themesText", String.join("\n", themes.themes()));
        model.addAttribute("themesVersion", themes.version());
        return listPage(programmeId, model);
    }

    @PostMapping("/programmes/{programmeId}/workshops/themes")
    @PreAuthorize(COORDINATORS)
    String defineThemes(@PathVariable long programmeId, @RequestParam(defaultValue = "") String themes,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        try {
            workshops.defineThemes(programmeId, Arrays.asList(themes.split("\\R")), version);
            redirect.addFlashAttribute("notice", "workshop.themes.saved");
            return "redirect:/programmes/" + programmeId + "/workshops";
        } catch (FieldException e) {
            model.addAttribute("themesError", text(e));
            model.addAttribute("themesText", themes);
            model.addAttribute("themesVersion", version);
            return listPage(programmeId, model);
        }
    }

    @GetMapping("/programmes/{programmeId}/workshops/new")
    @PreAuthorize(COORDINATORS)
    String newWorkshop(@PathVariable long programmeId, Model model) {
        model.addAttribute("form", WorkshopForm.planning());
        return formPage(programmeId, null, model);
    }

    @PostMapping("/programmes/{programmeId}/workshops")
    @PreAuthorize(COORDINATORS)
    String plan(@PathVariable long programmeId, @ModelAttribute("form") WorkshopForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var workshop = workshops.plan(programmeId, form.toCommand());
                redirect.addFlashAttribute("notice", "workshop.planned");
                return "redirect:/workshops/" + workshop.id();
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return formPage(programmeId, null, model);
    }

    @GetMapping("/workshops/{id}/edit")
    @PreAuthorize(COORDINATORS)
    String edit(@PathVariable long id, Model model) {
        var workshop = workshops.workshop(id);
        model.addAttribute("form", WorkshopForm.from(workshop));
        return formPage(workshop.programmeId(), workshop, model);
    }

    @PostMapping("/workshops/{id}")
    @PreAuthorize(COORDINATORS)
    String change(@PathVariable long id, @ModelAttribute("form") WorkshopForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var workshop = workshops.workshop(id);
        if (!result.hasErrors()) {
            try {
                workshops.change(id, form.toCommand());
                redirect.addFlashAttribute("notice", "workshop.changed");
                return "redirect:/workshops/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return formPage(workshop.programmeId(), workshop, model);
    }

    @PostMapping("/workshops/{id}/cancel")
    @PreAuthorize(COORDINATORS)
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            workshops.cancel(id);
            redirect.addFlashAttribute("notice", "workshop.cancelled.done");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id;
    }

    @PostMapping("/workshops/{id}/registrations")
    @PreAuthorize(COORDINATORS)
    String registerSomebody(@PathVariable long id, @RequestParam(required = false) Long enrolmentId,
            RedirectAttributes redirect) {
        try {
            var registrant = workshops.registerSomebody(id, enrolmentId);
            redirect.addFlashAttribute("notice", registrant.waitingPlace() == null
                    ? "workshop.registration.registered.other" : "workshop.registration.waiting.other");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id + "#registrants";
    }

    @PostMapping("/workshops/{id}/registrations/{registrationId}/cancel")
    @PreAuthorize(COORDINATORS)
    String cancelRegistration(@PathVariable long id, @PathVariable long registrationId,
            RedirectAttributes redirect) {
        try {
            workshops.cancelRegistration(id, registrationId);
            redirect.addFlashAttribute("notice", "workshop.registration.cancelled.other");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id + "#registrants";
    }

    @GetMapping("/workshops/{id}/door")
    @PreAuthorize(COORDINATORS)
    String door(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var workshop = workshops.workshop(id);
        model.addAttribute("workshop", workshop);
        model.addAttribute("registrants", workshops.registrants(id).stream()
                .filter(r -> r.waitingPlace() == null).toList());
        model.addAttribute("q", q);
        model.addAttribute("candidates", workshops.candidates(id, q, true));
        return "activity/workshop/door";
    }

    @PostMapping("/workshops/{id}/door/{registrationId}")
    @PreAuthorize(COORDINATORS)
    String tick(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean present,
            RedirectAttributes redirect) {
        try {
            workshops.markAttendance(id, registrationId, present);
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id + "/door#registrant-" + registrationId;
    }

    @PostMapping("/workshops/{id}/door/walk-ins")
    @PreAuthorize(COORDINATORS)
    String walkIn(@PathVariable long id, @RequestParam(required = false) Long enrolmentId,
            RedirectAttributes redirect) {
        try {
            workshops.walkIn(id, enrolmentId);
            redirect.addFlashAttribute("notice", "workshop.door.walkIn.done");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id + "/door";
    }

    // --- whoever asks: coordinators see the workshop, participants their place in it

    @GetMapping("/workshops/{id}")
    @PreAuthorize("isAuthenticated()")
    String workshop(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var user = accounts.requireCurrent();
        if ((user.has(Role.ADMIN) || user.has(Role.COORDINATOR)) && workshops.manages(id)) {
            var workshop = workshops.workshop(id);
            model.addAttribute("workshop", workshop);
            model.addAttribute("programme", programme(workshop.programmeId()));
            model.addAttribute("registrants", workshops.registrants(id));
            model.addAttribute("q", q);
            model.addAttribute("candidates", workshops.candidates(id, q, false));
            model.addAttribute("sites", sites(workshop.programmeId()));
            model.addAttribute("cohorts", cohorts(workshop.programmeId()));
            return "activity/workshop/workshop";
        }
        if (!(user.has(Role.MENTOR) || user.has(Role.MENTEE) || user.has(Role.EMPLOYER_CONTACT))) {
            throw new NotFoundException("workshop", id);
        }
        var mine = workshops.mine(id);
        model.addAttribute("my", mine);
        model.addAttribute("sites", sites(mine.workshop().programmeId()));
        return "activity/workshop/mine-detail";
    }

    // --- participants and employer contacts

    @GetMapping("/workshops")
    @PreAuthorize(TAKING_PART)
    String mine(Model model) {
        var mine = workshops.mine();
        model.addAttribute("workshops", mine);
        model.addAttribute("sites", mine.stream().map(m -> m.workshop().programmeId()).distinct()
                .flatMap(p -> catalogue.sites(p).stream())
                .collect(Collectors.toMap(s -> s.id(), s -> s.city(), (a, b) -> a)));
        return "activity/workshop/mine";
    }

    @PostMapping("/workshops/{id}/register")
    @PreAuthorize(TAKING_PART)
    String register(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var mine = workshops.register(id);
            redirect.addFlashAttribute("notice", mine.waitingPlace() == null
                    ? "workshop.registration.registered" : "workshop.registration.waiting");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id;
    }

    @PostMapping("/workshops/{id}/leave")
    @PreAuthorize(TAKING_PART)
    String leave(@PathVariable long id, RedirectAttributes redirect) {
        try {
            workshops.cancelMine(id);
            redirect.addFlashAttribute("notice", "workshop.registration.cancelled");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", text(e));
        }
        return "redirect:/workshops/" + id;
    }

    private String listPage(long programmeId, Model model) {
        var all = workshops.workshops(programmeId);
        var now = java.time.LocalDateTime.now();
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("upcoming", all.stream().filter(w -> w.endsAt().isAfter(now)).toList());
        model.addAttribute("past", all.stream().filter(w -> !w.endsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(WorkshopView::startsAt).reversed()).toList());
        return "activity/workshop/list";
    }

    private String formPage(long programmeId, WorkshopView workshop, Model model) {
        if (model.getAttribute("form") == null) {
            model.addAttribute("refusal", messages.getMessage("form.has.errors", null,
                    LocaleContextHolder.getLocale()));
            model.addAttribute("form", workshop == null ? WorkshopForm.planning() : WorkshopForm.from(workshop));
        }
        var themes = new java.util.ArrayList<>(workshops.themes(programmeId).themes());
        if (workshop != null && !themes.contains(workshop.theme())) {
            themes.add(0, workshop.theme());
        }
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("workshop", workshop);
        model.addAttribute("themes", themes);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("sites", catalogue.sites(programmeId));
        model.addAttribute("cohorts", catalogue.cohorts(programmeId));
        return "activity/workshop/form";
    }

    private String text(DomainException e) {
        return messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
    }

    private Map<Long, String> sites(long programmeId) {
        return catalogue.sites(programmeId).stream().collect(Collectors.toMap(s -> s.id(), s -> s.city(), (a, b) -> a));
    }

    private Map<Long, String> cohorts(long programmeId) {
        return catalogue.cohorts(programmeId).stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.name(), (a, b) -> a));
    }

    private ProgrammeRules programme(long programmeId) {
        return catalogue.rules(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
    }
}
