package org.tandem.employer.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.employer.EmployerFilter;
import org.tandem.employer.EmployerSector;
import org.tandem.employer.EmployerService;
import org.tandem.employer.MyEmployerService;
import org.tandem.employer.PipelineStage;
import org.tandem.employer.SizeBand;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/** Coordinators' pages for employers and their recruitment per programme. */
@Controller
@RequestMapping("/employers")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class EmployerController {

    private final EmployerService employers;
    private final MyEmployerService myEmployer;
    private final ProgrammeService programmes;
    private final AccountService accounts;

    EmployerController(EmployerService employers, MyEmployerService myEmployer, ProgrammeService programmes,
            AccountService accounts) {
        this.employers = employers;
        this.myEmployer = myEmployer;
        this.programmes = programmes;
        this.accounts = accounts;
    }

    /** Runs before every handler, the employer contact's one included, so it must not carry the class's rule. */
    @ModelAttribute
    @PreAuthorize("isAuthenticated()")
    void formOptions(Model model) {
        model.addAttribute("allSectors", EmployerSector.values());
        model.addAttribute("allSizeBands", SizeBand.values());
        model.addAttribute("allCountries", Country.values());
        model.addAttribute("allStages", PipelineStage.values());
    }

    @GetMapping
    String list(@ModelAttribute("filter") EmployerFilter filter, Model model) {
        model.addAttribute("programmes", programmes.list());
        model.addAttribute("employers", employers.list(filter));
        return "employer/list";
    }

    /** The same list for htmx: only the results are sent back, as the filters change. */
    @HxRequest
    @GetMapping
    String results(@ModelAttribute("filter") EmployerFilter filter, Model model) {
        model.addAttribute("employers", employers.list(filter));
        return "employer/list :: results";
    }

    @GetMapping("/new")
    String newEmployer(@RequestParam(required = false) Long programmeId, Model model) {
        model.addAttribute("form", EmployerForm.empty(programmeId));
        model.addAttribute("programmes", programmes.list());
        return "employer/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EmployerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.getTarget() != null && form.programmeId() == null && !result.hasFieldErrors("programmeId")) {
            result.rejectValue("programmeId", "employer.programme.required");
        }
        if (!result.hasErrors()) {
            try {
                long id = employers.create(form.toDetails(), form.programmeId());
                redirect.addFlashAttribute("notice", "employer.created");
                return "redirect:/employers/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("programmes", programmes.list());
        return "employer/form";
    }

    /** Employer contacts may ask too: their own employer sends them to their own page, any other is not found. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'EMPLOYER_CONTACT')")
    String show(@PathVariable long id, Model model) {
        var user = accounts.requireCurrent();
        if (!user.has(Role.ADMIN) && !user.has(Role.COORDINATOR)) {
            if (myEmployer.myEmployerId().filter(mine -> mine == id).isPresent()) {
                return "redirect:/my-employer";
            }
            throw new NotFoundException("employer", id);
        }
        return render(id, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var employer = employers.get(id);
        model.addAttribute("employer", employer);
        model.addAttribute("form", EmployerForm.from(employer));
        return "employer/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EmployerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                employers.describe(id, form.toDetails(), form.version());
                redirect.addFlashAttribute("notice", "employer.saved");
                return "redirect:/employers/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("employer", employers.get(id));
        return "employer/form";
    }

    @PostMapping("/{id}/contacts")
    String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                employers.addContact(id, form.toDetails());
                redirect.addFlashAttribute("notice", "employer.contact.added");
                return "redirect:/employers/" + id + "#contacts";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return render(id, model);
    }

    @PostMapping("/{id}/contacts/{index}/delete")
    String removeContact(@PathVariable long id, @PathVariable int index) {
        employers.removeContact(id, index);
        return "redirect:/employers/" + id + "#contacts";
    }

    @PostMapping("/{id}/programmes")
    String recruitFor(@PathVariable long id, @Valid @ModelAttribute("recruitForm") RecruitForm form,
            BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                employers.recruitFor(id, form.programmeId());
                return "redirect:/employers/" + id + "#recruitments";
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return render(id, model);
    }

    @PostMapping("/{id}/programmes/{programmeId}/stage")
    String moveTo(@PathVariable long id, @PathVariable long programmeId,
            @Valid @ModelAttribute("stageForm") StageForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                employers.moveTo(id, programmeId, form.stage(), form.reason());
                redirect.addFlashAttribute("notice", "recruitment.moved");
                return "redirect:/employers/" + id + "#recruitment-" + programmeId;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("stageFor", programmeId);
        return render(id, model);
    }

    @PostMapping("/{id}/programmes/{programmeId}/pledge")
    String pledge(@PathVariable long id, @PathVariable long programmeId,
            @Valid @ModelAttribute("pledgeForm") PledgeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                employers.pledge(id, programmeId, form.mentors(), form.hoursPerMonth(), form.version());
                redirect.addFlashAttribute("notice", "recruitment.pledged");
                return "redirect:/employers/" + id + "#recruitment-" + programmeId;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("pledgeFor", programmeId);
        return render(id, model);
    }

    private String render(long id, Model model) {
        var employer = employers.get(id);
        model.addAttribute("employer", employer);
        var recruited = employer.recruitments().stream().map(r -> r.programmeId()).toList();
        model.addAttribute("otherProgrammes", programmes.list().stream()
                .filter(p -> !recruited.contains(p.id())).toList());
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        if (!model.containsAttribute("recruitForm")) {
            model.addAttribute("recruitForm", new RecruitForm(null));
        }
        if (!model.containsAttribute("stageForm")) {
            model.addAttribute("stageForm", StageForm.empty());
        }
        if (!model.containsAttribute("pledgeForm")) {
            model.addAttribute("pledgeForm", new PledgeForm(null, null, null));
        }
        return "employer/detail";
    }
}
