package org.tandem.duo;

import java.time.LocalDate;

/**
 * When a mentee's outcome is asked: at the end, and at the follow-ups 3 and 12 months later. A follow-up may be
 * recorded from two weeks before it is due (people are called a little ahead); it is overdue four weeks after.
 */
public enum OutcomeMoment {
    AT_END(0), MONTHS_3(3), MONTHS_12(12);

    static final int OPENS_DAYS_BEFORE = 14;
    static final int OVERDUE_DAYS_AFTER = 28;

    private final int monthsAfterEnd;

    OutcomeMoment(int monthsAfterEnd) {
        this.monthsAfterEnd = monthsAfterEnd;
    }

    public int monthsAfterEnd() {
        return monthsAfterEnd;
    }

    public boolean followUp() {
        return this != AT_END;
    }

    public LocalDate dueOn(LocalDate endedOn) {
        return endedOn.plusMonths(monthsAfterEnd);
    }

    /** The first day it may be recorded. */
    public LocalDate opensOn(LocalDate endedOn) {
        return followUp() ? dueOn(endedOn).minusDays(OPENS_DAYS_BEFORE) : endedOn;
    }

    public boolean openOn(LocalDate endedOn, LocalDate today) {
        return !today.isBefore(opensOn(endedOn));
    }

    public boolean overdueOn(LocalDate endedOn, LocalDate today) {
        return followUp() && today.isAfter(dueOn(endedOn).plusDays(OVERDUE_DAYS_AFTER));
    }
}
