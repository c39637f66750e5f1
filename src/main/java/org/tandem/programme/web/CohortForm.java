package org.tandem.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.programme.CohortDetails;
import org.tandem.programme.CohortKind;
import org.tandem.programme.CohortView;

record CohortForm(
        @NotBlank @Size(max = 120) String name,
        @NotNull CohortKind kind,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        Long version) {

    static CohortForm empty() {
        return new CohortForm("", CohortKind.ROUND, null, null, null);
    }

    static CohortForm from(CohortView cohort) {
        return new CohortForm(cohort.name(), cohort.kind(), cohort.startDate(), cohort.endDate(), cohort.version());
    }

    CohortDetails toDetails() {
        return new CohortDetails(name, kind, startDate, endDate);
    }
}
