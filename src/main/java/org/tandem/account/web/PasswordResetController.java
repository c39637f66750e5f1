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
import org.tandem.account.PasswordResets;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;
import org.tandem.shared.NotFoundException;

/** The page a forced password reset's link opens: anyone holding the link, once, before it expires. */
@Controller
@RequestMapping("/password-reset/{token}")
@PermitAll
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping
    @PermitAll
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("email", resets.open(token));
            model.addAttribute("token", token);
            model.addAttribute("form", PasswordResetForm.empty());
            return "account/password-reset";
        } catch (NotFoundException | InvitationGoneException e) {
            return unavailable(e, model, response);
        }
    }

    @PostMapping
    @PermitAll
    String reset(@PathVariable String token, @Valid @ModelAttribute("form") PasswordResetForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            model.addAttribute("email", resets.open(token));
            model.addAttribute("token", token);
            if (!result.hasFieldErrors("password") && !form.confirmed()) {
                result.rejectValue("passwordConfirmation", "invitation.password.mismatch");
            }
            if (!result.hasErrors()) {
                try {
                    resets.complete(token, form.password());
                    redirect.addFlashAttribute("notice", "passwordReset.done");
                    return "redirect:/login";
                } catch (FieldException e) {
                    Forms.reject(result, e);
                }
            }
            return "account/password-reset";
        } catch (NotFoundException | InvitationGoneException e) {
            return unavailable(e, model, response);
        }
    }

    private static String unavailable(RuntimeException e, Model model, HttpServletResponse response) {
        boolean gone = e instanceof InvitationGoneException;
        response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", gone ? ((InvitationGoneException) e).code() : "passwordReset.unknown");
        return "account/password-reset-unavailable";
    }
}
