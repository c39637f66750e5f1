package org.tandem.employer.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.employer.MyEmployerService;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/** The employer contact's own employer: pledges, nominated employees, and nominating another. */
@Controller
@RequestMapping("/my-employer")
@PreAuthorize("hasRole('EMPLOYER_CONTACT')")
class MyEmployerController {

    private final MyEmployerService myEmployer;

    MyEmployerController(MyEmployerService myEmployer) {
        this.myEmployer = myEmployer;
    }

    @GetMapping
    String show(Model model) {
        if (!myEmployer.linked()) {
            return "employer/unlinked";
        }
        return render(model, NominationForm.empty());
    }

    @PostMapping("/mentors")
    String nominate(@Valid @ModelAttribute("form") NominationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                myEmployer.nominate(form.toNomination());
                redirect.addFlashAttribute("notice", "nomination.done");
                return "redirect:/my-employer#mentors";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return render(model, form);
    }

    @GetMapping("/mentors/{enrolmentId}")
    String mentor(@PathVariable long enrolmentId, Model model) {
        model.addAttribute("mentor", myEmployer.mentor(enrolmentId));
        return "employer/mentor";
    }

    private String render(Model model, NominationForm form) {
        model.addAttribute("employer", myEmployer.get());
        model.addAttribute("form", form);
        return "employer/mine";
    }
}
