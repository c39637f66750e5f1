package org.tandem.participant;

/** A coordinator enrols somebody directly (from a paper form, a phone call, a list). */
public record NewEnrolment(long cohortId, ParticipantRole role, PersonData person, Profile profile, Long siteId,
        Long employerId, int capacity) {
}
