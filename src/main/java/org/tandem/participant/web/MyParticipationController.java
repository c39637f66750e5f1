package org.tandem.participant.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.MyParticipation;

/** A participant's own enrolments and consents, by page ({@link MyParticipationApiController} for the API). */
@Controller
@PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
class MyParticipationController {

    private final MyParticipation mine;

    MyParticipationController(MyParticipation mine) {
        this.mine = mine;
    }

    @GetMapping("/me")
    String page(Model model) {
        model.addAttribute("enrolments", mine.enrolments());
        model.addAttribute("allConsentPurposes", ConsentPurpose.values());
        return "participant/me";
    }

    /** The person's consents: the texts in effect, the version agreed to and when, withdrawal and agreeing again. */
    @GetMapping("/me/consents")
    String consents(Model model) {
        model.addAttribute("programmes", mine.consents());
        return "participant/my-consents";
    }

    @PostMapping("/me/programmes/{programmeId}/consents")
    String give(@PathVariable long programmeId, @RequestParam ConsentPurpose purpose,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        mine.give(programmeId, purpose);
        redirect.addFlashAttribute("notice", "consent.recorded");
        return back(back);
    }

    @PostMapping("/me/consents/{consentId}/withdraw")
    String withdraw(@PathVariable long consentId, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        mine.withdraw(consentId);
        redirect.addFlashAttribute("notice", "consent.withdrawn");
        return back(back);
    }

    private static String back(String back) {
        return "consents".equals(back) ? "redirect:/me/consents" : "redirect:/me";
    }
}
