package org.tandem.activity.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step of the plan for one released mentor: when it is due (null while the mentor has no started duo), and
 * whether it was held, is planned, is overdue (due and not held, even when a moment is planned late) or still open.
 */
public record StepStatus(int position, String name, LocalDate due, State state, Long momentId,
        LocalDateTime plannedAt, LocalDate heldOn) {

    public enum State { HELD, OVERDUE, PLANNED, OPEN, NO_DUO }

    public boolean overdue() {
        return state == State.OVERDUE;
    }
}
