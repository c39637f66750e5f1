package org.tandem.activity.workshop;

import java.time.LocalDateTime;

/** A workshop as pages and the API show it, with how many have a place, wait, and came. */
public record WorkshopView(long id, long programmeId, Long cohortId, String title, String theme, String description,
        Audience audience, LocalDateTime startsAt, LocalDateTime endsAt, Long siteId, String place,
        String onlineLink, int capacity, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
        int cancelHoursBefore, boolean cancelled, long registered, long waiting, long attended, long noShows,
        long version) {

    static WorkshopView from(Workshop w, LocalDateTime now) {
        return new WorkshopView(w.id(), w.programmeId(), w.cohortId(), w.title(), w.theme(), w.description(),
                w.audience(), w.startsAt(), w.endsAt(), w.siteId(), w.place(), w.onlineLink(), w.capacity(),
                w.registrationOpensAt(), w.registrationClosesAt(), w.cancelHoursBefore(), w.cancelled(),
                w.count(RegistrationStatus.REGISTERED), w.count(RegistrationStatus.WAITING), w.attendedCount(),
                w.noShows(now), w.version());
    }

    public boolean full() {
        return registered >= capacity;
    }
}
