package org.tandem.reporting;

import java.time.LocalDate;
import java.util.List;

/** What needs doing today across the programmes a coordinator runs, most urgent first. */
public record CoordinatorDay(LocalDate today, LocalDate weekEnds, int programmes, List<DayItem> items) {

    public CoordinatorDay {
        items = List.copyOf(items);
    }
}
