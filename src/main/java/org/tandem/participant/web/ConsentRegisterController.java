package org.tandem.participant.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
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
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentRegister;
import org.tandem.participant.ConsentTexts;
import org.tandem.shared.DomainException;
import org.tandem.shared.Forms;

/** A programme's consent register: its texts and their versions, who agreed to which, and a new version. */
@Controller
@RequestMapping("/programmes/{id}/consents")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class ConsentRegisterController {

    private final ConsentRegister register;
    private final ConsentTexts texts;

    ConsentRegisterController(ConsentRegister register, ConsentTexts texts) {
        this.register = register;
        this.texts = texts;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(defaultValue = "PARTICIPATION") ConsentPurpose purpose,
            @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ConsentTextForm.empty(purpose, LocalDate.now()));
        }
        return show(id, purpose, version, page, model);
    }

    @PostMapping("/texts")
    String publish(@PathVariable long id, @Valid @ModelAttribute("form") ConsentTextForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var published = texts.publish(id, form.toCommand());
                redirect.addFlashAttribute("notice", "consentText.published");
                return "redirect:/programmes/" + id + "/consents?purpose=" + published.purpose() + "#versions";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        var purpose = form.purpose() == null ? ConsentPurpose.PARTICIPATION : form.purpose();
        return show(id, purpose, null, 0, model);
    }

    private String show(long id, ConsentPurpose purpose, Integer version, int page, Model model) {
        var overview = register.overview(id);
        model.addAttribute("overview", overview);
        model.addAttribute("selected", overview.purposes().stream().filter(p -> p.purpose() == purpose)
                .findFirst().orElseThrow());
        model.addAttribute("purpose", purpose);
        model.addAttribute("version", version);
        model.addAttribute("holders", register.holders(id, purpose, version, page));
        model.addAttribute("allConsentPurposes", ConsentPurpose.values());
        return "participant/consents";
    }
}
