package org.tandem.activity.intervision.web;

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
import org.tandem.activity.intervision.GroupView;
import org.tandem.activity.intervision.IntervisionService;
import org.tandem.activity.intervision.IntervisionSessionView;
import org.tandem.activity.intervision.IntervisionTheme;
import org.tandem.activity.intervision.Viewer;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/**
 * The intervision pages: a programme's groups (coordinators), a group with its members and sessions (coordinators
 * and its facilitator), planning and changing sessions, a session with attendance and its record, and a mentor's
 * own group on a phone.
 */
@Controller
class IntervisionController {

    private final IntervisionService intervision;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;

    IntervisionController(IntervisionService intervision, ProgrammeCatalogue catalogue, MessageSource messages) {
        this.intervision = intervision;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    // --- groups

    @GetMapping("/programmes/{programmeId}/intervision")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String groups(@PathVariable long programmeId, Model model) {
        model.addAttribute("groups", intervision.groups(programmeId));
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("maxMembers", IntervisionService.MAX_MEMBERS);
        return "activity/intervision/list";
    }

    @GetMapping("/programmes/{programmeId}/intervision/groups/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String newGroup(@PathVariable long programmeId, Model model) {
        intervision.groups(programmeId);
        model.addAttribute("form", GroupForm.empty());
        return groupForm(programmeId, null, model);
    }

    @PostMapping("/programmes/{programmeId}/intervision/groups")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String createGroup(@PathVariable long programmeId, @ModelAttribute("form") GroupForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var group = intervision.createGroup(programmeId, form.toCommand());
                redirect.addFlashAttribute("notice", "intervision.group.created");
                return "redirect:/intervision/groups/" + group.id();
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return groupForm(programmeId, null, model);
    }

    @GetMapping("/intervision/groups/{id}")
    @PreAuthorize("isAuthenticated()")
    String group(@PathVariable long id, Model model) {
        if (intervision.viewerOf(id) == Viewer.MEMBER) {
            return "redirect:/me/intervision#group-" + id;
        }
        return groupPage(intervision.group(id), model);
    }

    @GetMapping("/intervision/groups/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String editGroup(@PathVariable long id, Model model) {
        var group = managedGroup(id);
        model.addAttribute("form", GroupForm.from(group));
        return groupForm(group.programmeId(), group, model);
    }

    @PostMapping("/intervision/groups/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String changeGroup(@PathVariable long id, @ModelAttribute("form") GroupForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var group = managedGroup(id);
        if (!result.hasErrors()) {
            try {
                intervision.changeGroup(id, form.toCommand());
                redirect.addFlashAttribute("notice", "intervision.group.changed");
                return "redirect:/intervision/groups/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return groupForm(group.programmeId(), group, model);
    }

    @PostMapping("/intervision/groups/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long enrolmentId,
            RedirectAttributes redirect) {
        managedGroup(id);
        try {
            if (enrolmentId == null) {
                throw new FieldException("enrolmentId", "intervision.member.required");
            }
            intervision.addMember(id, enrolmentId);
            redirect.addFlashAttribute("notice", "intervision.member.added");
        } catch (DomainException e) {
            redirect.addFlashAttribute("memberError", e.code());
            redirect.addFlashAttribute("memberErrorArguments", e.arguments());
        }
        return "redirect:/intervision/groups/" + id + "#members";
    }

    @PostMapping("/intervision/groups/{id}/members/{enrolmentId}/remove")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String removeMember(@PathVariable long id, @PathVariable long enrolmentId, RedirectAttributes redirect) {
        managedGroup(id);
        try {
            intervision.removeMember(id, enrolmentId);
            redirect.addFlashAttribute("notice", "intervision.member.removed");
        } catch (DomainException e) {
            redirect.addFlashAttribute("memberError", e.code());
            redirect.addFlashAttribute("memberErrorArguments", e.arguments());
        }
        return "redirect:/intervision/groups/" + id + "#members";
    }

    // --- sessions

    @GetMapping("/intervision/groups/{id}/sessions/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String newSessions(@PathVariable long id, Model model) {
        model.addAttribute("form", PlanForm.planning());
        return planForm(managedGroup(id), null, model);
    }

    @PostMapping("/intervision/groups/{id}/sessions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String planSessions(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var group = managedGroup(id);
        if (!result.hasErrors()) {
            try {
                intervision.planSessions(id, form.toCommand());
                redirect.addFlashAttribute("notice", "intervision.session.planned");
                return "redirect:/intervision/groups/" + id + "#sessions";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return planForm(group, null, model);
    }

    @GetMapping("/intervision/sessions/{id}")
    @PreAuthorize("isAuthenticated()")
    String session(@PathVariable long id, Model model) {
        var session = intervision.session(id);
        model.addAttribute("recordForm", RecordForm.from(session));
        return sessionPage(session, model);
    }

    @GetMapping("/intervision/sessions/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String editSession(@PathVariable long id, Model model) {
        var session = intervision.session(id);
        var group = managedGroup(session.groupId());
        model.addAttribute("form", PlanForm.from(session));
        return planForm(group, session, model);
    }

    @PostMapping("/intervision/sessions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String changeSession(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var session = intervision.session(id);
        var group = managedGroup(session.groupId());
        if (!result.hasErrors()) {
            try {
                intervision.changeSession(id, form.toCommand());
                redirect.addFlashAttribute("notice", "intervision.session.changed");
                return "redirect:/intervision/sessions/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return planForm(group, session, model);
    }

    @PostMapping("/intervision/sessions/{id}/cancel")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String cancelSession(@PathVariable long id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        var session = intervision.session(id);
        managedGroup(session.groupId());
        try {
            intervision.cancelSession(id, version);
            redirect.addFlashAttribute("notice", "intervision.session.cancelledNotice");
        } catch (DomainException e) {
            redirect.addFlashAttribute("sessionError", e.code());
        }
        return "redirect:/intervision/sessions/" + id;
    }

    @PostMapping("/intervision/sessions/{id}/attendance")
    @PreAuthorize("isAuthenticated()")
    String attendance(@PathVariable long id, @ModelAttribute PresenceForm form, RedirectAttributes redirect) {
        try {
            intervision.recordAttendance(id, form.toCommand());
            redirect.addFlashAttribute("notice", "intervision.attendance.saved");
        } catch (FieldException e) {
            redirect.addFlashAttribute("attendanceError", e.code());
        }
        return "redirect:/intervision/sessions/" + id + "#attendance";
    }

    @PostMapping("/intervision/sessions/{id}/record")
    @PreAuthorize("isAuthenticated()")
    String record(@PathVariable long id, @ModelAttribute("recordForm") RecordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var session = intervision.session(id);
        if (!result.hasErrors()) {
            try {
                intervision.recordSession(id, form.toCommand());
                redirect.addFlashAttribute("notice", "intervision.record.saved");
                return "redirect:/intervision/sessions/" + id + "#record";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return sessionPage(session, model);
    }

    // --- a mentor's own group, a facilitator's groups

    @GetMapping("/me/intervision")
    @PreAuthorize("isAuthenticated()")
    String mine(Model model) {
        model.addAttribute("groups", intervision.mine());
        model.addAttribute("facilitated", intervision.facilitated());
        return "activity/intervision/mine";
    }

    // --- helpers

    private String groupPage(GroupView group, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("programme", programme(group.programmeId()));
        model.addAttribute("candidates", group.viewer() == Viewer.COORDINATOR
                ? intervision.candidates(group.id()) : java.util.List.of());
        model.addAttribute("maxMembers", IntervisionService.MAX_MEMBERS);
        return "activity/intervision/group";
    }

    private String sessionPage(IntervisionSessionView session, Model model) {
        var group = intervision.group(session.groupId());
        model.addAttribute("intervisionSession", session);
        model.addAttribute("group", group);
        model.addAttribute("themes", IntervisionTheme.values());
        return "activity/intervision/session";
    }

    private String groupForm(long programmeId, GroupView group, Model model) {
        if (model.getAttribute("form") == null) {
            unreadable(model);
            model.addAttribute("form", group == null ? GroupForm.empty() : GroupForm.from(group));
        }
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("group", group);
        model.addAttribute("sites", catalogue.sites(programmeId));
        model.addAttribute("cohorts", catalogue.cohorts(programmeId));
        return "activity/intervision/group-form";
    }

    private String planForm(GroupView group, IntervisionSessionView session, Model model) {
        if (model.getAttribute("form") == null) {
            unreadable(model);
            model.addAttribute("form", session == null ? PlanForm.planning() : PlanForm.from(session));
        }
        model.addAttribute("group", group);
        model.addAttribute("intervisionSession", session);
        return "activity/intervision/plan-form";
    }

    /** The group, for its coordinators only (the facilitator records but does not run it). */
    private GroupView managedGroup(long id) {
        var group = intervision.group(id);
        if (group.viewer() != Viewer.COORDINATOR) {
            throw new NotFoundException("intervision group", id);
        }
        return group;
    }

    /** A form whose input could not even be read (a number that is none): said at the top, the form shown anew. */
    private void unreadable(Model model) {
        model.addAttribute("refusal", messages.getMessage("form.has.errors", null, LocaleContextHolder.getLocale()));
    }

    private ProgrammeRules programme(long programmeId) {
        return catalogue.rules(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
    }
}
