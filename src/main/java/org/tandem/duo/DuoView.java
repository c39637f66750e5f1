package org.tandem.duo;

import java.time.Instant;
import java.time.LocalDate;

/** A duo as a list shows it: both names, where it stands, and whether a confirmation is overdue. */
public record DuoView(long id, long mentorEnrolmentId, String mentorName, long menteeEnrolmentId, String menteeName,
        long cohortId, DuoState state, Instant proposedAt, long matchingRunId, Instant confirmationDue,
        boolean confirmationOverdue, LocalDate endedOn) {
}
