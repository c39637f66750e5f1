package org.tandem.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.AccountAdministration;
import org.tandem.account.AccountDetails;
import org.tandem.account.AccountFilter;
import org.tandem.account.AccountResults;
import org.tandem.account.PasswordResets;
import org.tandem.account.Role;

@RestController
@RequestMapping("/api/v1/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "User administration for admins: roles, programmes, deactivation, password resets")
class AccountAdminApiController {

    private final AccountAdministration administration;
    private final PasswordResets resets;

    AccountAdminApiController(AccountAdministration administration, PasswordResets resets) {
        this.administration = administration;
        this.resets = resets;
    }

    record RolesRequest(@NotNull @Size(min = 1) Set<Role> roles) {
    }

    @GetMapping
    @Operation(summary = "Search accounts by part of a name or e-mail address, role and active state, by name")
    AccountResults search(@RequestParam(required = false) @Size(max = 120) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(AccountFilter.LARGEST_PAGE) int size) {
        return administration.search(new AccountFilter(q, role, active, page, size));
    }

    @GetMapping("/{id}")
    AccountDetails get(@PathVariable long id) {
        return administration.get(id);
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the account's roles (an admin cannot remove their own admin role or the last active admin)")
    AccountDetails roles(@PathVariable long id, @Valid @RequestBody RolesRequest request) {
        administration.changeRoles(id, request.roles());
        return administration.get(id);
    }

    @PutMapping("/{id}/programmes/{programmeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Assign a coordinator or researcher to a programme")
    void assign(@PathVariable long id, @PathVariable long programmeId) {
        administration.assignProgramme(id, programmeId);
    }

    @DeleteMapping("/{id}/programmes/{programmeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(@PathVariable long id, @PathVariable long programmeId) {
        administration.unassignProgramme(id, programmeId);
    }

    @PostMapping("/{id}/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deactivate: no sign-in, sessions ended, API tokens refused; never deleted")
    void deactivate(@PathVariable long id) {
        administration.deactivate(id);
    }

    @PostMapping("/{id}/reactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reactivate(@PathVariable long id) {
        administration.reactivate(id);
    }

    @PostMapping("/{id}/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Force a password reset: the password stops working and a single-use link is mailed")
    void passwordReset(@PathVariable long id) {
        resets.force(id, LocaleContextHolder.getLocale());
    }
}
