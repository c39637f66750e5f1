package org.tandem.duo.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.AgreementService;
import org.tandem.duo.MeetingService;
import org.tandem.programme.MeetingFrequency;

/** The agreement and the meeting log on the duo page: writing, signing, logging. */
@Controller
class AgreementController {

    private final AgreementService agreements;
    private final MeetingService meetings;
    private final Steps steps;

    AgreementController(AgreementService agreements, MeetingService meetings, Steps steps) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.steps = steps;
    }

    @PostMapping("/duos/{id}/agreement")
    @PreAuthorize("isAuthenticated()")
    String save(@PathVariable long id, @RequestParam(required = false) String goals,
            @RequestParam(required = false) MeetingFrequency frequency, @RequestParam(required = false) AgreedMode mode,
            @RequestParam(required = false) Integer durationMonths, @RequestParam(required = false) String meetingPlace,
            @RequestParam(required = false) String meetingTime,
            @RequestParam(required = false) Boolean confidentiality, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long revision, RedirectAttributes redirect) {
        var form = new AgreementForm(goals, frequency, mode, durationMonths, meetingPlace, meetingTime,
                confidentiality, version, revision);
        return step(id, "agreement", "agreement", redirect, () -> agreements.save(id, form.toCommand()),
                () -> redirect.addFlashAttribute("agreementForm", form));
    }

    @PostMapping("/duos/{id}/agreement/sign")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    String sign(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long revision, RedirectAttributes redirect) {
        return step(id, "agreementSign", "agreement", redirect, () -> agreements.sign(id, version, revision),
                () -> { });
    }

    @PostMapping("/duos/{id}/meetings")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    String log(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) Integer minutes, @RequestParam(required = false) AgreedMode mode,
            @RequestParam(required = false) List<String> topics, @RequestParam(required = false) String tags,
            @RequestParam(required = false) String sharedNotes, @RequestParam(required = false) String privateNote,
            RedirectAttributes redirect) {
        var form = new MeetingForm(heldOn, minutes, mode, topics, tags, sharedNotes, privateNote);
        return step(id, "meeting", "meetings", redirect, () -> meetings.record(id, form.toCommand()),
                () -> redirect.addFlashAttribute("meetingForm", form));
    }

    @PostMapping("/duos/{id}/meetings/{meetingId}/delete")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    String delete(@PathVariable long id, @PathVariable long meetingId, RedirectAttributes redirect) {
        return step(id, "meetingDelete", "meetings", redirect, () -> meetings.delete(id, meetingId), () -> { });
    }

    /** Takes a step; a refused one keeps what was typed. */
    private String step(long id, String form, String anchor, RedirectAttributes redirect, Runnable action,
            Runnable keepInput) {
        if (!steps.take(form, "duo.step.done." + form, redirect, action)) {
            keepInput.run();
        }
        return "redirect:/duos/" + id + "#" + anchor;
    }

}
