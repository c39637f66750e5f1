package org.tandem.duo.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.DuoState;
import org.tandem.duo.MeetingService;

/** The meeting log on the duo page: quick entry for members, the log newest first, and the totals. */
@Component
class MeetingSection implements DuoSection {

    private final MeetingService meetings;
    private final java.time.Clock clock;

    MeetingSection(MeetingService meetings, java.time.Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "duo/meetings";
    }

    @Override
    public void contribute(DuoDetails duo, Model model) {
        model.addAttribute("meetingLog", meetings.log(duo.id()));
        boolean loggable = meetings.loggable(duo.id());
        model.addAttribute("meetingLoggable", loggable);
        model.addAttribute("meetingShown", loggable || duo.state() == DuoState.CONFIRMED || duo.state().isRunning());
        if (loggable && !model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new MeetingForm(LocalDate.now(clock), 60, AgreedMode.IN_PERSON, null,
                    null, null, null));
        }
        model.addAttribute("meetingModes", AgreedMode.values());
    }
}
