package org.tandem.activity.intervision;

import java.time.LocalDateTime;

/**
 * When and where a session is: a place, an online link or both. Planning may repeat it {@code times} times, every
 * {@code everyWeeks} weeks (both empty: one session); a change carries the session's version.
 */
public record SessionPlan(LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
        Integer everyWeeks, Integer times, Long version) {

    public static SessionPlan once(LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink) {
        return new SessionPlan(startsAt, endsAt, place, onlineLink, null, null, null);
    }
}
