package org.tandem.duo;

/** A mentor enrolment and a mentee enrolment, as matching knows pairs. */
public record DuoPair(long mentorEnrolmentId, long menteeEnrolmentId) {
}
