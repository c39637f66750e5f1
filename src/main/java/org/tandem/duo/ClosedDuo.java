package org.tandem.duo;

import java.time.LocalDate;

/** What the follow-ups due of a cohort need of each of its closed duos, read as such (a cohort has thousands). */
record ClosedDuo(long id, long mentorEnrolmentId, long menteeEnrolmentId, DuoState state, LocalDate endedOn) {
}
