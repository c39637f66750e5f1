package org.tandem.participant;

/**
 * A coordinator changes a participant: the person's details, the profile and the placement (site, employer, and a
 * mentor's places), all together or nothing. {@code version} and {@code personVersion} are those of the enrolment
 * and the person as the change was read (null: not checked).
 */
public record ParticipantChange(PersonData person, Profile profile, Long siteId, Long employerId, int capacity,
        Long version, Long personVersion) {
}
