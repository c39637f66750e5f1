package org.tandem.duo;

import java.time.LocalDate;
import java.util.List;

/**
 * A closed duo's outcomes, moment by moment, with whether each may be recorded now. Empty moments while the duo
 * is open (or was declined): outcomes belong to a duo that completed or ended early.
 */
public record DuoOutcomes(long duoId, DuoState state, LocalDate endedOn, Boolean mentorContinues,
        boolean careerSwitch, List<OutcomeKind> kinds, List<Moment> moments) {

    /** One moment: due date, whether it may be recorded today, whether it is overdue, and what was recorded. */
    public record Moment(OutcomeMoment moment, LocalDate opensOn, LocalDate dueOn, boolean open, boolean overdue,
            OutcomeView recorded) {
    }

    public boolean closed() {
        return !moments.isEmpty();
    }
}
