package org.tandem.programme;

/**
 * What other modules need to know of a programme to enrol people in it. Programmes for intergenerational
 * mentoring toward work record migration background, because their target group is defined by it.
 */
public record ProgrammeRules(long programmeId, String name, ProgrammeKind kind, ProgrammeStatus status,
        Integer mentorMinimumAge, Integer menteeMaximumAge) {

    public boolean recordsMigrationBackground() {
        return kind == ProgrammeKind.INTERGENERATIONAL;
    }

    public boolean acceptsApplications() {
        return status == ProgrammeStatus.RECRUITING || status == ProgrammeStatus.RUNNING;
    }
}
