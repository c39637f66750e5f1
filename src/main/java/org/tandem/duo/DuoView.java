package org.tandem.duo;

import java.time.Instant;

public record DuoView(long id, long mentorEnrolmentId, String mentorName, long menteeEnrolmentId, String menteeName,
        long cohortId, DuoState state, Instant proposedAt, long matchingRunId) {
}
