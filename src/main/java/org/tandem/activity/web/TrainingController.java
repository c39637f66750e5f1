package org.tandem.activity.web;

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
import org.tandem.activity.SessionView;
import org.tandem.activity.TrainingService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/**
 * The coordinators' training pages: a programme's path with its sessions and mentors, planning and changing a
 * session, the attendance list to tick on a phone, and e-learning marked completed.
 */
@Controller
class TrainingController {

    private final TrainingService training;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;

    TrainingController(TrainingService training, ProgrammeCatalogue catalogue, MessageSource messages) {
        this.training = training;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/programmes/{programmeId}/training")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String training(@PathVariable long programmeId, Model model) {
        model.addAttribute("form", PathForm.from(training.path(programmeId)));
        return trainingPage(programmeId, model);
    }

    @PostMapping("/programmes/{programmeId}/training")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String definePath(@PathVariable long programmeId, @ModelAttribute("form") PathForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                training.definePath(programmeId, form.toCommand());
                redirect.addFlashAttribute("notice", "training.path.saved");
                return "redirect:/programmes/" + programmeId + "/training";
            } catch (FieldException e) {
                Forms.reject(result, form.formPath(e.field()), e);
            }
        }
        if (result.getTarget() == null) {
            unreadable(model);
            model.addAttribute("form", PathForm.from(training.path(programmeId)));
        }
        return trainingPage(programmeId, model);
    }

    @GetMapping("/programmes/{programmeId}/training/sessions/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String newSession(@PathVariable long programmeId, @RequestParam(required = false) Long moduleId, Model model) {
        model.addAttribute("form", SessionForm.planning(moduleId));
        return sessionForm(programmeId, null, model);
    }

    @PostMapping("/programmes/{programmeId}/training/sessions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String planSession(@PathVariable long programmeId, @ModelAttribute("form") SessionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            if (form.moduleId() == null) {
                result.rejectValue("moduleId", "training.module.kind.required");
                return sessionForm(programmeId, null, model);
            }
            try {
                var session = training.planSession(programmeId, form.moduleId(), form.toCommand());
                redirect.addFlashAttribute("notice", "training.session.planned");
                return "redirect:/training/sessions/" + session.id();
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return sessionForm(programmeId, null, model);
    }

    @GetMapping("/training/sessions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String session(@PathVariable long id, Model model) {
        var session = training.session(id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("programme", programme(session.programmeId()));
        model.addAttribute("mentors", training.mentors(session.programmeId()));
        model.addAttribute("sites", sites(session.programmeId()));
        return "activity/session";
    }

    @GetMapping("/training/sessions/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String editSession(@PathVariable long id, Model model) {
        var session = training.session(id);
        model.addAttribute("form", SessionForm.from(session));
        return sessionForm(session.programmeId(), session, model);
    }

    @PostMapping("/training/sessions/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String changeSession(@PathVariable long id, @ModelAttribute("form") SessionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var session = training.session(id);
        if (!result.hasErrors()) {
            try {
                training.changeSession(id, form.toCommand());
                redirect.addFlashAttribute("notice", "training.session.changed");
                return "redirect:/training/sessions/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return sessionForm(session.programmeId(), session, model);
    }

    @PostMapping("/training/sessions/{id}/attendance")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String attendance(@PathVariable long id, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
        try {
            training.recordAttendance(id, form.toCommand());
            redirect.addFlashAttribute("notice", "training.attendance.saved");
        } catch (FieldException e) {
            redirect.addFlashAttribute("attendanceError", e.code());
            redirect.addFlashAttribute("attendanceErrorArguments", e.arguments());
        }
        return "redirect:/training/sessions/" + id + "#attendance";
    }

    @PostMapping("/training/modules/{moduleId}/completions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String complete(@PathVariable long moduleId, @RequestParam long programmeId,
            @RequestParam(required = false) Long enrolmentId, RedirectAttributes redirect) {
        try {
            if (enrolmentId == null) {
                throw new FieldException("enrolmentId", "training.attendance.unknown");
            }
            training.completeElearning(moduleId, enrolmentId);
            redirect.addFlashAttribute("notice", "training.completion.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("completionError", e.code());
            redirect.addFlashAttribute("completionModule", moduleId);
        }
        return "redirect:/programmes/" + programmeId + "/training#module-" + moduleId;
    }

    private String trainingPage(long programmeId, Model model) {
        var path = training.path(programmeId);
        var mentors = training.mentors(programmeId);
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("path", path);
        model.addAttribute("sessions", training.sessions(programmeId));
        model.addAttribute("mentors", mentors);
        model.addAttribute("moduleKinds", org.tandem.activity.ModuleKind.values());
        return "activity/training";
    }

    private String sessionForm(long programmeId, SessionView session, Model model) {
        if (model.getAttribute("form") == null) {
            unreadable(model);
            model.addAttribute("form", session == null ? SessionForm.planning(null) : SessionForm.from(session));
        }
        var path = training.path(programmeId);
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("trainingSession", session);
        model.addAttribute("modules", path == null ? java.util.List.of() : path.modules().stream()
                .filter(m -> m.kind() == org.tandem.activity.ModuleKind.SESSION).toList());
        model.addAttribute("sites", catalogue.sites(programmeId));
        return "activity/session-form";
    }

    /** A form whose input could not even be read (a number that is none): said at the top, the form shown anew. */
    private void unreadable(Model model) {
        model.addAttribute("refusal", messages.getMessage("form.has.errors", null, LocaleContextHolder.getLocale()));
    }

    private Map<Long, String> sites(long programmeId) {
        return catalogue.sites(programmeId).stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.city(), (a, b) -> a));
    }

    private org.tandem.programme.ProgrammeRules programme(long programmeId) {
        return catalogue.rules(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
    }
}
