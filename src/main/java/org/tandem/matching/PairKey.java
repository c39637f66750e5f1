package org.tandem.matching;

/** A mentor–mentee pair by enrolment ids. */
public record PairKey(long mentorId, long menteeId) {
}
