package org.tandem.activity.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.activity.contact.ContactMomentService.MentorChoice;
import org.tandem.activity.contact.MomentView;
import org.tandem.activity.contact.PlanView;
import org.tandem.activity.contact.Taker;
import org.tandem.activity.contact.Topic;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/**
 * The contact-moment pages: a programme's moments and plan for its coordinators, "contact moments of my employees"
 * for an employer contact, a mentor's own, and one moment with its forms (plan, move, cancel, record on a phone).
 */
@Controller
class ContactMomentController {

    private static final String KEEPERS = "hasAnyRole('ADMIN', 'COORDINATOR', 'EMPLOYER_CONTACT')";

    private final ContactMomentService contacts;
    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;

    ContactMomentController(ContactMomentService contacts, AccountService accounts, MessageSource messages,
            Clock clock) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    // --- overviews

    @GetMapping("/programmes/{programmeId}/contact-moments")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String programme(@PathVariable long programmeId, Model model) {
        var overview = contacts.programme(programmeId);
        model.addAttribute("form", PlanForm.from(overview.plan()));
        model.addAttribute("overview", overview);
        return "activity/contact/programme";
    }

    @PostMapping("/programmes/{programmeId}/contact-moments/plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String definePlan(@PathVariable long programmeId, @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contacts.definePlan(programmeId, form.toCommand());
                redirect.addFlashAttribute("notice", "contact.plan.saved");
                return "redirect:/programmes/" + programmeId + "/contact-moments";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        var overview = contacts.programme(programmeId);
        if (result.getTarget() == null) {
            unreadable(model);
            model.addAttribute("form", PlanForm.from(overview.plan()));
        }
        model.addAttribute("overview", overview);
        return "activity/contact/programme";
    }

    @GetMapping("/my-employer/contact-moments")
    @PreAuthorize("hasRole('EMPLOYER_CONTACT')")
    String myEmployees(Model model) {
        model.addAttribute("overviews", contacts.myEmployees());
        return "activity/contact/employees";
    }

    @GetMapping("/my-contact-moments")
    @PreAuthorize("hasRole('MENTOR')")
    String mine(Model model) {
        model.addAttribute("mentors", contacts.mine());
        return "activity/contact/own";
    }

    // --- one moment

    @GetMapping("/contact-moments/{id}")
    @PreAuthorize("isAuthenticated()")
    String moment(@PathVariable long id, Model model) {
        var moment = contacts.moment(id);
        if (model.getAttribute("recordForm") == null) {
            model.addAttribute("recordForm", RecordForm.from(moment, today()));
        }
        return momentPage(moment, model);
    }

    @GetMapping("/contact-moments/new")
    @PreAuthorize(KEEPERS)
    String newMoment(@RequestParam(required = false) Long mentor, @RequestParam(required = false) Integer step,
            @RequestParam(required = false) Long programme, Model model) {
        model.addAttribute("form", MomentForm.planning(mentor, step));
        return planPage(null, programme, mentor, model);
    }

    @PostMapping("/contact-moments")
    @PreAuthorize(KEEPERS)
    String plan(@ModelAttribute("form") MomentForm form, BindingResult result,
            @RequestParam(required = false) Long programme, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var moment = contacts.planMoment(form.toCommand());
                redirect.addFlashAttribute("notice", "contact.moment.planned");
                return "redirect:/contact-moments/" + moment.id();
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return planPage(null, programme, form == null ? null : form.mentorEnrolmentId(), model);
    }

    @GetMapping("/contact-moments/{id}/edit")
    @PreAuthorize(KEEPERS)
    String edit(@PathVariable long id, Model model) {
        var moment = keepable(id);
        model.addAttribute("form", MomentForm.from(moment));
        return planPage(moment, moment.programmeId(), moment.mentorEnrolmentId(), model);
    }

    @PostMapping("/contact-moments/{id}")
    @PreAuthorize(KEEPERS)
    String reschedule(@PathVariable long id, @ModelAttribute("form") MomentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var moment = keepable(id);
        if (!result.hasErrors()) {
            try {
                contacts.reschedule(id, form.toCommand());
                redirect.addFlashAttribute("notice", "contact.moment.changed");
                return "redirect:/contact-moments/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return planPage(moment, moment.programmeId(), moment.mentorEnrolmentId(), model);
    }

    @PostMapping("/contact-moments/{id}/cancel")
    @PreAuthorize(KEEPERS)
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            contacts.cancel(id, version);
            redirect.addFlashAttribute("notice", "contact.moment.cancelledNotice");
        } catch (FieldException e) {
            redirect.addFlashAttribute("cancelError", e.code());
        }
        return "redirect:/contact-moments/" + id;
    }

    @PostMapping("/contact-moments/{id}/record")
    @PreAuthorize(KEEPERS)
    String record(@PathVariable long id, @ModelAttribute("recordForm") RecordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var moment = keepable(id);
        if (!result.hasErrors()) {
            try {
                contacts.record(id, form.toCommand());
                redirect.addFlashAttribute("notice", "contact.moment.recorded");
                return "redirect:" + back(moment);
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        if (result.getTarget() == null) {
            unreadable(model);
            model.addAttribute("recordForm", RecordForm.from(moment, today()));
        }
        return momentPage(moment, model);
    }

    /** Records a moment that was held without being planned first: the form on a phone. */
    @GetMapping("/contact-moments/record")
    @PreAuthorize(KEEPERS)
    String newRecord(@RequestParam(required = false) Long mentor, @RequestParam(required = false) Integer step,
            @RequestParam(required = false) Long programme, Model model) {
        model.addAttribute("recordForm", RecordForm.fresh(mentor, step, today()));
        return recordPage(programme, mentor, model);
    }

    @PostMapping("/contact-moments/held")
    @PreAuthorize(KEEPERS)
    String recordHeld(@ModelAttribute("recordForm") RecordForm form, BindingResult result,
            @RequestParam(required = false) Long programme, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var moment = contacts.recordHeld(form.toCommand());
                redirect.addFlashAttribute("notice", "contact.moment.recorded");
                return "redirect:" + back(moment);
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        if (result.getTarget() == null) {
            unreadable(model);
            model.addAttribute("recordForm", RecordForm.fresh(null, null, today()));
        }
        return recordPage(programme, form == null ? null : form.mentorEnrolmentId(), model);
    }

    // --- helpers

    private String momentPage(MomentView moment, Model model) {
        model.addAttribute("moment", moment);
        boolean keeps = contacts.mayKeep(moment.id());
        model.addAttribute("keeps", keeps);
        if (keeps) {
            model.addAttribute("steps", contacts.steps(moment.programmeId()));
        }
        model.addAttribute("topics", Topic.values());
        model.addAttribute("takers", Taker.values());
        model.addAttribute("back", back(moment));
        return "activity/contact/moment";
    }

    private String planPage(MomentView moment, Long programmeId, Long mentorId, Model model) {
        if (model.getAttribute("form") == null) {
            unreadable(model);
            model.addAttribute("form", moment == null ? MomentForm.planning(mentorId, null) : MomentForm.from(moment));
        }
        choices(programmeId, mentorId, model);
        model.addAttribute("moment", moment);
        return "activity/contact/plan-form";
    }

    private String recordPage(Long programmeId, Long mentorId, Model model) {
        choices(programmeId, mentorId, model);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("takers", Taker.values());
        return "activity/contact/record-form";
    }

    /** The mentors to choose from and the steps of the plan of the chosen one's programme. */
    private void choices(Long programmeId, Long mentorId, Model model) {
        List<MentorChoice> mentors = contacts.mentorChoices(programmeId);
        long programme = mentors.stream().filter(m -> mentorId != null && m.enrolmentId() == mentorId)
                .map(MentorChoice::programmeId).findFirst()
                .orElse(programmeId != null ? programmeId : mentors.isEmpty() ? -1 : mentors.get(0).programmeId());
        model.addAttribute("mentors", mentors);
        model.addAttribute("programmeId", programme < 0 ? null : programme);
        model.addAttribute("steps", programme < 0 ? List.<PlanView.Step>of() : contacts.steps(programme));
        model.addAttribute("back", programme >= 0 && accounts.requireCurrent().mayManageProgramme(programme)
                ? "/programmes/" + programme + "/contact-moments" : "/my-employer/contact-moments");
    }

    private MomentView keepable(long id) {
        var moment = contacts.moment(id);
        if (!contacts.mayKeep(id)) {
            throw new org.tandem.shared.NotFoundException("contact moment", id);
        }
        return moment;
    }

    private String back(MomentView moment) {
        var user = accounts.requireCurrent();
        if (user.mayManageProgramme(moment.programmeId())) {
            return "/programmes/" + moment.programmeId() + "/contact-moments";
        }
        return user.has(org.tandem.account.Role.EMPLOYER_CONTACT) ? "/my-employer/contact-moments"
                : "/my-contact-moments";
    }

    private void unreadable(Model model) {
        model.addAttribute("refusal", messages.getMessage("form.has.errors", null, LocaleContextHolder.getLocale()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
