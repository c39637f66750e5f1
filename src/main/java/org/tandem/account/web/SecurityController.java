package org.tandem.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.account.SecondFactorService;
import org.tandem.shared.FieldException;

/**
 * A person's own second factors: set up an authenticator app (QR code, then a code to confirm), new recovery codes
 * (shown once), passkeys registered (the page's script, through Spring Security's WebAuthn endpoints) and removed.
 */
@Controller
@RequestMapping("/account/security")
class SecurityController {

    /** The secret being set up, encrypted, until a code from it is confirmed. */
    static final String PENDING = "tandem.totp.pending";

    private final SecondFactorService secondFactors;

    SecurityController(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String page(Model model) {
        model.addAttribute("security", secondFactors.mine());
        return "account/security";
    }

    @GetMapping("/setup")
    @PreAuthorize("isAuthenticated()")
    String setup(HttpSession session, Model model) {
        return setupPage(null, session, model);
    }

    private String setupPage(String sealed, HttpSession session, Model model) {
        var setup = secondFactors.totpSetup(sealed);
        session.setAttribute(PENDING, setup.sealed());
        model.addAttribute("setup", setup);
        model.addAttribute("security", secondFactors.mine());
        return "account/security-setup";
    }

    @PostMapping("/setup")
    @PreAuthorize("isAuthenticated()")
    String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model) {
        try {
            var codes = secondFactors.confirmTotp((String) session.getAttribute(PENDING), code);
            session.removeAttribute(PENDING);
            var current = SecurityContextHolder.getContext().getAuthentication();
            SignIns.replace(secondFactors.afterSetup(current), request, response);
            model.addAttribute("codes", codes);
            model.addAttribute("enrolled", true);
            return "account/recovery-codes";
        } catch (FieldException e) {
            response.setStatus(422);
            model.addAttribute("error", e.code());
            return setupPage((String) session.getAttribute(PENDING), session, model);
        }
    }

    @PostMapping("/recovery-codes")
    @PreAuthorize("isAuthenticated()")
    String recoveryCodes(Model model) {
        model.addAttribute("codes", secondFactors.regenerateRecoveryCodes());
        model.addAttribute("enrolled", false);
        return "account/recovery-codes";
    }

    @PostMapping("/totp/remove")
    @PreAuthorize("isAuthenticated()")
    String removeTotp(RedirectAttributes redirect) {
        secondFactors.removeTotp();
        redirect.addFlashAttribute("notice", "security.totp.removed");
        return "redirect:/account/security";
    }

    @PostMapping("/passkeys/{id}/remove")
    @PreAuthorize("isAuthenticated()")
    String removePasskey(@PathVariable String id, RedirectAttributes redirect) {
        secondFactors.removePasskey(id);
        redirect.addFlashAttribute("notice", "security.passkey.removed");
        return "redirect:/account/security";
    }
}
