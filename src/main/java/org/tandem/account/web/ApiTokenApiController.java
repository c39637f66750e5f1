package org.tandem.account.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.ApiTokenScope;
import org.tandem.account.ApiTokenService;
import org.tandem.account.ApiTokenView;
import org.tandem.account.IssuedApiToken;

/** The caller's own API tokens; the secret is in the answer to the POST and nowhere else. */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokenApiController {

    private final ApiTokenService tokens;

    ApiTokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, LocalDate expiresOn, ApiTokenScope scope) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ApiTokenView> mine() {
        return tokens.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("isAuthenticated()")
    IssuedApiToken create(@RequestBody NewToken body) {
        return tokens.create(body.name(), body.expiresOn(), body.scope());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("isAuthenticated()")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
