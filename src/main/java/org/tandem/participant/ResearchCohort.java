package org.tandem.participant;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The people of a programme who gave the research consent (and have not withdrawn it), as a research export may
 * use them: their enrolments with the quasi-identifiers still exact (the export generalises them), and, only for
 * those who also consented to sensitive data in a programme that records it, their migration background.
 */
public record ResearchCohort(List<Subject> subjects, Map<Long, MigrationBackground> migrationBackground) {

    /** One enrolment of a consenting person; no name, address or free text. */
    public record Subject(long personId, long enrolmentId, long cohortId, ParticipantRole role, Long siteId,
            EnrolmentStatus status, Instant appliedAt, Integer birthYear, Gender gender) {
    }
}
