package org.tandem.participant;

import java.time.Instant;
import java.util.Locale;

/**
 * One enrolled person of a cohort in a role, for modules that ask the cohort something (e.g. a survey): where they
 * take part (site, their employer), when they enrolled, how to mail them and whether they gave the research consent.
 */
public record CohortMember(long enrolmentId, long programmeId, long cohortId, ParticipantRole role, Long siteId,
        Long employerId, EnrolmentStatus status, Instant enrolledAt, String fullName, String email, Locale locale,
        boolean researchConsent) {
}
