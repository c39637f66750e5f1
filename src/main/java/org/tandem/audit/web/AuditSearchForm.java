package org.tandem.audit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.audit.AuditFilter;

/** The audit log's search form and the API's query parameters. */
record AuditSearchForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
        @Size(max = 320) String actor,
        @Size(max = 60) String action,
        @Positive Long personId,
        @Positive Long enrolmentId,
        @Positive Long accountId,
        @Min(0) @Max(100_000) Integer page,
        @Min(1) @Max(AuditFilter.LARGEST_PAGE) Integer size) {

    static AuditSearchForm empty() {
        return new AuditSearchForm(null, null, null, null, null, null, null, 0, 50);
    }

    AuditFilter toFilter() {
        return new AuditFilter(from, until, actor, action, personId, enrolmentId, accountId,
                page == null ? 0 : page, size == null ? 50 : size);
    }
}
