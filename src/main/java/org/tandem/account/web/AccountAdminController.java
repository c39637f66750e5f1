package org.tandem.account.web;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.account.AccountAdministration;
import org.tandem.account.AccountFilter;
import org.tandem.account.PasswordResets;
import org.tandem.account.Role;

/** User administration pages for admins: the account list and one account's roles, programmes and state. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private static final int PAGE_SIZE = 50;

    private final AccountAdministration administration;
    private final PasswordResets resets;

    AccountAdminController(AccountAdministration administration, PasswordResets resets) {
        this.administration = administration;
        this.resets = resets;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q == null ? null : q.length() > 120 ? q.substring(0, 120) : q;
        model.addAttribute("found", administration.search(new AccountFilter(text, role, active, page, PAGE_SIZE)));
        model.addAttribute("q", text);
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        model.addAttribute("allRoles", Role.values());
        return "account/accounts";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("account", administration.get(id));
        model.addAttribute("allRoles", Role.values());
        return "account/account";
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<Role> roles,
            RedirectAttributes redirect) {
        administration.changeRoles(id, roles == null ? EnumSet.noneOf(Role.class) : roles);
        return done(id, "accounts.roles.changed", redirect);
    }

    @PostMapping("/{id}/programmes")
    String assign(@PathVariable long id, @RequestParam long programmeId, RedirectAttributes redirect) {
        administration.assignProgramme(id, programmeId);
        return done(id, "accounts.programmes.assigned", redirect);
    }

    @PostMapping("/{id}/programmes/{programmeId}/remove")
    String unassign(@PathVariable long id, @PathVariable long programmeId, RedirectAttributes redirect) {
        administration.unassignProgramme(id, programmeId);
        return done(id, "accounts.programmes.unassigned", redirect);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        administration.deactivate(id);
        return done(id, "accounts.deactivated", redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        administration.reactivate(id);
        return done(id, "accounts.reactivated", redirect);
    }

    @PostMapping("/{id}/password-reset")
    String passwordReset(@PathVariable long id, RedirectAttributes redirect) {
        resets.force(id, LocaleContextHolder.getLocale());
        return done(id, "accounts.passwordReset.forced", redirect);
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/accounts/" + id;
    }
}
