package org.tandem.participant;

import java.time.Instant;

/**
 * What the activity module's mentor training means for an enrolment. The activity module publishes these; they are
 * declared here, in the module that reacts, because the activity module builds on this one (it reads the mentors of
 * a cohort), like {@link DuoEvents}.
 */
public final class TrainingEvents {

    private TrainingEvents() {
    }

    /** A mentor completed the required modules of their programme's training path. */
    public record TrainingCompleted(long enrolmentId, long programmeId, Instant completedAt) {
    }
}
