package org.tandem.duo;

import java.time.Instant;

/**
 * A duo's introduction meeting as planned by its coordinator: the one duo meeting with a date and time in Tandem (the
 * agreement says how often and where/when only in words), for the members' calendars. {@code version} grows with
 * every change of the duo.
 */
public record PlannedIntroduction(long duoId, long programmeId, long version, Instant at, long mentorEnrolmentId,
        long menteeEnrolmentId, DuoState state) {

    static PlannedIntroduction of(Duo duo) {
        return new PlannedIntroduction(duo.id(), duo.programmeId(), duo.version(), duo.introductionAt(),
                duo.mentorEnrolmentId(), duo.menteeEnrolmentId(), duo.state());
    }
}
