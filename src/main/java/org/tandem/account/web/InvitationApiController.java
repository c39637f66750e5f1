package org.tandem.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.InvitationService;
import org.tandem.account.IssuedInvitation;

@RestController
@RequestMapping("/api/v1/invitations")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Invitations", description = "Invite people to create their account")
class InvitationApiController {

    private final InvitationService invitations;

    InvitationApiController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite an e-mail address with a role; the mail is queued and the link returned")
    IssuedInvitation invite(@Valid @RequestBody InviteForm form) {
        return invitations.inviteAndNotify(form.toInvitation());
    }
}
