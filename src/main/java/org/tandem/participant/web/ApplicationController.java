package org.tandem.participant.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.participant.ApplicationReceipts;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.PublicProgramme;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;

/** Public application forms: anyone may apply to a programme that recruits, without an account. */
@Controller
@RequestMapping("/apply/{programmeId}")
@PermitAll
class ApplicationController {

    private final ProgrammeCatalogue catalogue;
    private final ApplicationReceipts receipts;
    private final ApplicationRateLimit rateLimit;
    private final org.tandem.participant.ConsentTexts consentTexts;

    ApplicationController(ProgrammeCatalogue catalogue, ApplicationReceipts receipts,
            ApplicationRateLimit rateLimit, org.tandem.participant.ConsentTexts consentTexts) {
        this.consentTexts = consentTexts;
        this.catalogue = catalogue;
        this.receipts = receipts;
        this.rateLimit = rateLimit;
    }

    @ModelAttribute("programme")
    PublicProgramme programme(@PathVariable long programmeId, Model model) {
        FormOptions.addTo(model);
        var programme = catalogue.openForApplications(programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        // the texts in effect today, in the page's language: the consents are recorded for these versions
        var texts = consentTexts.current(programmeId);
        model.addAttribute("consentTexts", texts);
        model.addAttribute("sensitiveConsentText", texts.get(org.tandem.participant.ConsentPurpose.SENSITIVE_DATA));
        return programme;
    }

    @GetMapping
    String form(@ModelAttribute("programme") PublicProgramme programme,
            @RequestParam(defaultValue = "MENTEE") ParticipantRole role, Model model) {
        var cohorts = programme.openCohorts();
        model.addAttribute("form", ApplicationForm.empty(role, language(),
                cohorts.isEmpty() ? null : cohorts.get(0).id()));
        return "participant/apply";
    }

    @PostMapping
    String apply(@ModelAttribute("programme") PublicProgramme programme,
            @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (form.isSpam()) {
            return "redirect:/apply/" + programme.id() + "/thanks";
        }
        if (result.hasErrors()) {
            return "participant/apply";
        }
        if (!rateLimit.allow(request.getRemoteAddr(), form.person().email())) {
            response.setStatus(429);
            model.addAttribute("rateLimited", true);
            return "participant/apply";
        }
        try {
            receipts.applyAndConfirm(form.toApplication(programme.id()), LocaleContextHolder.getLocale());
        } catch (FieldException e) {
            Forms.reject(result, path(e.field()), e);
            return "participant/apply";
        }
        return "redirect:/apply/" + programme.id() + "/thanks";
    }

    @GetMapping("/thanks")
    String thanks() {
        return "participant/apply-thanks";
    }

    /** Domain refusals name the field of the application; on the form some sit inside the person. */
    private static String path(String field) {
        return "email".equals(field) ? "person.email" : field;
    }

    private static Language language() {
        String code = LocaleContextHolder.getLocale().getLanguage().toUpperCase(Locale.ROOT);
        try {
            return Language.valueOf(code);
        } catch (IllegalArgumentException e) {
            return Language.NL;
        }
    }
}
