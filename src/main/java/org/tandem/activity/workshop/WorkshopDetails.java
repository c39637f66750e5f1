package org.tandem.activity.workshop;

import java.time.LocalDateTime;

/**
 * What a coordinator plans or changes of a workshop; a change carries the version it was read at. Times are
 * wall-clock times at the workshop's site. Without an opening, registration opens at once; without a closing, it
 * closes at the start. {@code cancelHoursBefore}: until how many hours before the start a registrant may cancel.
 */
public record WorkshopDetails(String title, String theme, String description, Audience audience, Long cohortId,
        LocalDateTime startsAt, LocalDateTime endsAt, Long siteId, String place, String onlineLink, Integer capacity,
        LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt, Integer cancelHoursBefore,
        Long version) {
}
