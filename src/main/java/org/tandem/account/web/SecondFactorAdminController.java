package org.tandem.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** An admin resets a person's second factor (a lost phone), with a reason that the audit keeps. */
@Controller
@RequestMapping("/admin/accounts/{id}/second-factor")
class SecondFactorAdminController {

    private final SecondFactorService secondFactors;

    SecondFactorAdminController(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("security", secondFactors.of(id));
        return "account/second-factor-reset";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String reset(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            secondFactors.reset(id, reason);
        } catch (FieldException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", e.code());
            model.addAttribute("reason", reason);
            return page(id, model);
        }
        redirect.addFlashAttribute("notice", "security.reset.done");
        return "redirect:/admin/accounts/" + id + "/second-factor";
    }
}
