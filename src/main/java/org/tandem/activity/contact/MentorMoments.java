package org.tandem.activity.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * A released mentor with the plan's steps and their moments (newest first). {@code duoStartedOn} is the start of
 * their first duo (null: none yet); the steps are due counted from it, or from the start of their round
 * ({@code countedFrom}) while they have none.
 */
public record MentorMoments(long enrolmentId, String firstName, String lastName, long programmeId,
        String programmeName, long employerId, String employerName, LocalDate duoStartedOn, LocalDate countedFrom,
        List<StepStatus> steps,
        List<MomentView> moments) {

    public long overdue() {
        return steps.stream().filter(StepStatus::overdue).count();
    }
}
