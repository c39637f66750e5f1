package org.tandem.activity.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.activity.SessionDetails;
import org.tandem.activity.SessionView;

/** The form to plan or change a training session, and the API's body (the module only when planning). */
record SessionForm(Long moduleId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        Long siteId, String onlineLink, String place, String trainer, Integer capacity, Long version) {

    static SessionForm from(SessionView session) {
        return new SessionForm(session.moduleId(), session.startsAt(), session.endsAt(), session.siteId(),
                session.onlineLink(), session.place(), session.trainer(), session.capacity(), session.version());
    }

    static SessionForm planning(Long moduleId) {
        return new SessionForm(moduleId, null, null, null, null, null, null, 12, null);
    }

    SessionDetails toCommand() {
        return new SessionDetails(startsAt, endsAt, siteId, onlineLink, place, trainer, capacity, version);
    }
}
