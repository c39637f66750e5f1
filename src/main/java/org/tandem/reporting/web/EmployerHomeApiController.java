package org.tandem.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.reporting.EmployerHome;
import org.tandem.reporting.EmployerHomeService;

@RestController
@Tag(name = "My employer", description = "The employer contact's own employer, its pledges and nominated mentors")
class EmployerHomeApiController {

    private final EmployerHomeService homes;

    EmployerHomeApiController(EmployerHomeService homes) {
        this.homes = homes;
    }

    @GetMapping("/api/v1/my-employer/progress")
    @PreAuthorize("hasRole('EMPLOYER_CONTACT')")
    @Operation(summary = "Where the employer's released employees stand, their contact moments, and the "
            + "before/after of those who consented to share their progress (groups of at least 5 only)")
    EmployerHome progress() {
        return homes.home();
    }
}
