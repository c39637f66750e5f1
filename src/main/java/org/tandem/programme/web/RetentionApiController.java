package org.tandem.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.Retention;

/** A programme's retention terms over the API; errors as problem details like the rest of the API. */
@RestController
class RetentionApiController {

    private final ProgrammeService programmes;

    RetentionApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    record RetentionTerms(int months, int rejectedMonths) {
    }

    @GetMapping("/api/v1/programmes/{id}/retention")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Retention get(@PathVariable long id) {
        return programmes.retention(id);
    }

    @PutMapping("/api/v1/programmes/{id}/retention")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Retention put(@PathVariable long id, @RequestBody RetentionTerms terms) {
        programmes.keepDataFor(id, terms.months(), terms.rejectedMonths());
        return programmes.retention(id);
    }
}
