package org.tandem.programme;

import java.time.LocalDate;

public record CohortDetails(String name, CohortKind kind, LocalDate startDate, LocalDate endDate) {
}
