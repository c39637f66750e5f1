package org.tandem.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.account.SecondFactorService;

/**
 * The second step of a sign-in, after the password: a code from the authenticator app, a recovery code, or a passkey
 * (the page's script uses Spring Security's /login/webauthn). Then on to where the person was going.
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondStepController {

    private final SecondFactorService secondFactors;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    SecondStepController(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        onward.setDefaultTargetUrl("/");
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String page(Model model) {
        model.addAttribute("passkeys", !secondFactors.mine().passkeys().isEmpty());
        return "account/second-factor";
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException, ServletException {
        try {
            var signedIn = secondFactors.secondStep(code, request.getRemoteAddr());
            SignIns.replace(signedIn, request, response);
            onward.onAuthenticationSuccess(request, response, signedIn);
            return null;
        } catch (LockedException e) {
            model.addAttribute("error", "security.second.throttled");
        } catch (BadCredentialsException e) {
            model.addAttribute("error", "security.second.wrong");
        }
        response.setStatus(422);
        return page(model);
    }
}
