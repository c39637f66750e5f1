package org.tandem.account.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.account.ApiTokenScope;
import org.tandem.account.ApiTokenService;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/** A person's own API tokens: create one (its secret shown this once), see them, revoke them. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokenController(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("form", ApiTokenForm.empty(LocalDate.now(clock)));
        return page(model);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String create(@ModelAttribute("form") ApiTokenForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("issued", tokens.create(form.name(), form.expiresOn(), form.scope()));
                model.addAttribute("form", ApiTokenForm.empty(LocalDate.now(clock)));
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        return page(model);
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/account/tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("scopes", ApiTokenScope.values());
        model.addAttribute("now", Instant.now(clock));
        return "account/tokens";
    }
}
