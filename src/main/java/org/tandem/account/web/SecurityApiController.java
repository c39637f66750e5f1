package org.tandem.account.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.SecondFactorService;
import org.tandem.account.SecurityOverview;

/** The caller's own second factors (never a secret), and an admin's reset of someone's. */
@RestController
class SecurityApiController {

    private final SecondFactorService secondFactors;

    SecurityApiController(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
    }

    record Reset(String reason) {
    }

    @GetMapping("/api/v1/me/security")
    @PreAuthorize("isAuthenticated()")
    SecurityOverview mine() {
        return secondFactors.mine();
    }

    @PostMapping("/api/v1/admin/accounts/{id}/second-factor/reset")
    @PreAuthorize("hasRole('ADMIN')")
    SecurityOverview reset(@PathVariable long id, @RequestBody Reset body) {
        secondFactors.reset(id, body.reason());
        return secondFactors.of(id);
    }
}
