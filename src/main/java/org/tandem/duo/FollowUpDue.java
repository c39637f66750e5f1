package org.tandem.duo;

import java.time.LocalDate;

/** A closed duo whose follow-up at 3 or 12 months may be recorded now and is not yet. */
public record FollowUpDue(long duoId, long cohortId, String mentorName, String menteeName, DuoState state,
        LocalDate endedOn, OutcomeMoment moment, LocalDate dueOn, boolean overdue) {
}
