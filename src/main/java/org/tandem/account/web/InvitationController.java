package org.tandem.account.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.account.InvitationGoneException;
import org.tandem.account.InvitationService;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/** The invitee's page: anyone holding the link may open it, once, before it expires. */
@Controller
@RequestMapping("/invitations/{token}")
@PermitAll
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    @PermitAll
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            var invitation = invitations.open(token);
            model.addAttribute("token", token);
            model.addAttribute("invitation", invitation);
            model.addAttribute("form", AcceptInvitationForm.suggesting(invitation.displayName()));
            return "account/invitation";
        } catch (NotFoundException | InvitationGoneException e) {
            return unavailable(e, model, response);
        }
    }

    @PostMapping
    @PermitAll
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptInvitationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            model.addAttribute("invitation", invitations.open(token));
            model.addAttribute("token", token);
            if (!result.hasFieldErrors("password") && !form.confirmed()) {
                result.rejectValue("passwordConfirmation", "invitation.password.mismatch");
            }
            if (!result.hasErrors()) {
                try {
                    invitations.accept(token, form.displayName(), form.password());
                    redirect.addFlashAttribute("notice", "invitation.accepted");
                    return "redirect:/login";
                } catch (FieldException e) {
                    Forms.reject(result, e);
                }
            }
            // th:field never writes a password back into the page
            return "account/invitation";
        } catch (NotFoundException | InvitationGoneException e) {
            return unavailable(e, model, response);
        }
    }

    private static String unavailable(RuntimeException e, Model model, HttpServletResponse response) {
        boolean gone = e instanceof InvitationGoneException;
        response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", gone ? ((InvitationGoneException) e).code() : "invitation.unknown");
        return "account/invitation-unavailable";
    }
}
