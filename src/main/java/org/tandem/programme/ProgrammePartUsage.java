package org.tandem.programme;

import java.util.Optional;

/**
 * Implemented by the modules that refer to a programme's sites or stages (the participant module's enrolments at a
 * site, the duo module's progress through a stage), so that a site or stage still in use is not removed and the
 * refusal says what uses it, while the programme module needs to know none of them (as with
 * {@link MetricProvider}).
 */
public interface ProgrammePartUsage {

    /** What in this module still refers to the site, or empty when nothing does. */
    Optional<PartUse> site(long siteId);

    /** What in this module still refers to the stage, or empty when nothing does. */
    Optional<PartUse> stage(long stageId);

    /** What in this module is still under way in the cohort (so that it cannot be closed), or empty. */
    default Optional<PartUse> openInCohort(long cohortId) {
        return Optional.empty();
    }
}
