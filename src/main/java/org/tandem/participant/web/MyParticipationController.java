package org.tandem.participant.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.OwnEnrolment;

/** A participant's own enrolments and consents, by page and by API. */
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

    @PostMapping("/me/programmes/{programmeId}/consents")
    String give(@PathVariable long programmeId, @RequestParam ConsentPurpose purpose, RedirectAttributes redirect) {
        mine.give(programmeId, purpose);
        redirect.addFlashAttribute("notice", "consent.recorded");
        return "redirect:/me";
    }

    @PostMapping("/me/consents/{consentId}/withdraw")
    String withdraw(@PathVariable long consentId, RedirectAttributes redirect) {
        mine.withdraw(consentId);
        redirect.addFlashAttribute("notice", "consent.withdrawn");
        return "redirect:/me";
    }

    @GetMapping("/api/v1/me/enrolments")
    @ResponseBody
    List<OwnEnrolment> api() {
        return mine.enrolments();
    }
}
