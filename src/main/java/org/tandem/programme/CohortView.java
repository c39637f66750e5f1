package org.tandem.programme;

import java.time.LocalDate;

public record CohortView(long id, long programmeId, String name, CohortKind kind, LocalDate startDate,
        LocalDate endDate, boolean closed, long version) {

    static CohortView from(Cohort cohort) {
        return new CohortView(cohort.id(), cohort.programmeId(), cohort.name(), cohort.kind(), cohort.startDate(),
                cohort.endDate(), cohort.closed(), cohort.version());
    }
}
