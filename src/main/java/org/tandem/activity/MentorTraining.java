package org.tandem.activity;

import java.util.Set;
import org.tandem.participant.EnrolmentStatus;

/** Where a mentor stands on the training path: the modules completed, and whether that makes them trained. */
public record MentorTraining(long enrolmentId, long cohortId, String firstName, String lastName,
        EnrolmentStatus status, Set<Long> completedModules, int requiredDone, int threshold, boolean trained) {
}
