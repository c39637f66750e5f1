package org.tandem.activity.workshop.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.activity.workshop.Audience;
import org.tandem.activity.workshop.WorkshopDetails;
import org.tandem.activity.workshop.WorkshopView;

/** The form to plan or change a workshop, and the API's body. */
record WorkshopForm(String title, String theme, String description, Audience audience, Long cohortId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        Long siteId, String place, String onlineLink, Integer capacity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationOpensAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationClosesAt,
        Integer cancelHoursBefore, Long version) {

    static final int DEFAULT_CANCEL_HOURS = 24;

    static WorkshopForm planning() {
        return new WorkshopForm(null, null, null, Audience.BOTH, null, null, null, null, null, null, 20, null, null,
                DEFAULT_CANCEL_HOURS, null);
    }

    static WorkshopForm from(WorkshopView w) {
        return new WorkshopForm(w.title(), w.theme(), w.description(), w.audience(), w.cohortId(), w.startsAt(),
                w.endsAt(), w.siteId(), w.place(), w.onlineLink(), w.capacity(), w.registrationOpensAt(),
                w.registrationClosesAt(), w.cancelHoursBefore(), w.version());
    }

    WorkshopDetails toCommand() {
        return new WorkshopDetails(title, theme, description, audience, cohortId, startsAt, endsAt, siteId, place,
                onlineLink, capacity, registrationOpensAt, registrationClosesAt,
                cancelHoursBefore == null ? DEFAULT_CANCEL_HOURS : cancelHoursBefore, version);
    }
}
