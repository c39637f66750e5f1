package org.tandem.activity.calendar;

import java.util.Set;

/**
 * Whose calendar is asked for: a user account, with the enrolments it takes part in as a participant (none for a
 * coordinator or an employer contact). Sources find the rest themselves (an employer contact's employees through the
 * account, a facilitator through the e-mail address).
 */
public record CalendarOwner(long accountId, String email, Set<Long> enrolmentIds) {

    public CalendarOwner {
        enrolmentIds = Set.copyOf(enrolmentIds);
    }
}
