package org.tandem.duo;

/** A pair a published matching run proposes. */
public record DuoProposal(long mentorEnrolmentId, long menteeEnrolmentId, long cohortId, long programmeId,
        long matchingRunId) {
}
