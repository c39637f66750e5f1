package org.tandem.activity.intervision.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.activity.intervision.IntervisionSessionView;
import org.tandem.activity.intervision.SessionPlan;

/** The form to plan a session or a series (or change one session), and the API's body. */
record PlanForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt, String place, String onlineLink,
        Integer everyWeeks, Integer times, Long version) {

    static PlanForm planning() {
        return new PlanForm(null, null, null, null, 4, 1, null);
    }

    static PlanForm from(IntervisionSessionView session) {
        return new PlanForm(session.startsAt(), session.endsAt(), session.place(), session.onlineLink(), null, null,
                session.version());
    }

    SessionPlan toCommand() {
        return new SessionPlan(startsAt, endsAt, place, onlineLink, everyWeeks, times, version);
    }
}
