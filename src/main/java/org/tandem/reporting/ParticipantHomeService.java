package org.tandem.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.activity.calendar.CalendarViews;
import org.tandem.duo.AgreementService;
import org.tandem.duo.AgreementView;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.DuoService;
import org.tandem.duo.MeetingService;
import org.tandem.duo.StagePlan;
import org.tandem.duo.StageProgressService;

/**
 * Composes a mentor's or mentee's home from their own duos (the duo module finds them from the signed-in user) and
 * their own calendar. A person has one or two open duos, so the few reads per duo stay few.
 */
@Service
public class ParticipantHomeService {

    static final int ACTIVITIES = 3;

    private final DuoService duos;
    private final AgreementService agreements;
    private final MeetingService meetings;
    private final StageProgressService stages;
    private final CalendarViews calendar;

    ParticipantHomeService(DuoService duos, AgreementService agreements, MeetingService meetings,
            StageProgressService stages, CalendarViews calendar) {
        this.duos = duos;
        this.agreements = agreements;
        this.meetings = meetings;
        this.stages = stages;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public ParticipantHome home() {
        List<ParticipantHome.DuoStep> steps = new ArrayList<>();
        for (DuoDetails duo : duos.mine()) {
            if (duo.state().isOpen()) {
                steps.add(step(duo));
            }
        }
        var upcoming = calendar.mine().upcoming();
        return new ParticipantHome(steps, upcoming.stream().limit(ACTIVITIES).toList(),
                Math.max(0, upcoming.size() - ACTIVITIES));
    }

    private ParticipantHome.DuoStep step(DuoDetails duo) {
        String link = "/duos/" + duo.id();
        String partner = duo.partner().firstName();
        return switch (duo.state()) {
            case PROPOSED -> new ParticipantHome.DuoStep(duo.id(), duo.programmeName(), partner,
                    duo.may(DuoDetails.Action.CONFIRM) ? ParticipantHome.Step.ANSWER_PROPOSAL
                            : ParticipantHome.Step.WAIT_FOR_PARTNER, duo.introductionAt(), null, null, link);
            case CONFIRMED -> new ParticipantHome.DuoStep(duo.id(), duo.programmeName(), partner,
                    agreementStep(duo), duo.introductionAt(), null, null, link + "#agreement");
            case PAUSED -> new ParticipantHome.DuoStep(duo.id(), duo.programmeName(), partner,
                    ParticipantHome.Step.PAUSED, null, null, null, link);
            default -> {
                StagePlan plan = stages.plan(duo.id());
                String next = plan.stages().stream().filter(l -> l.status() == StagePlan.Status.NEXT)
                        .map(StagePlan.Line::name).findFirst().orElse(null);
                var last = meetings.log(duo.id()).meetings().stream().findFirst().map(m -> m.heldOn()).orElse(null);
                yield new ParticipantHome.DuoStep(duo.id(), duo.programmeName(), partner,
                        ParticipantHome.Step.LOG_MEETING, null, next, last, link);
            }
        };
    }

    private ParticipantHome.Step agreementStep(DuoDetails duo) {
        var current = agreements.versions(duo.id()).stream().filter(AgreementView::current).findFirst();
        if (current.isEmpty()) {
            return ParticipantHome.Step.WRITE_AGREEMENT;
        }
        return current.get().signature(duo.viewer().side()) == null ? ParticipantHome.Step.SIGN_AGREEMENT
                : ParticipantHome.Step.WAIT_FOR_SIGNATURE;
    }

}
