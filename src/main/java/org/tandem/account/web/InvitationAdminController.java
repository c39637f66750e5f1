package org.tandem.account.web;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.account.InvitationService;
import org.tandem.account.Role;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

@Controller
@RequestMapping("/admin/invitations")
@PreAuthorize("hasRole('ADMIN')")
class InvitationAdminController {

    private final InvitationService invitations;

    InvitationAdminController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @ModelAttribute
    void formOptions(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allLanguages", new String[] {"nl", "en", "fr"});
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String form(Model model) {
        model.addAttribute("form", InviteForm.empty(LocaleContextHolder.getLocale()));
        return "account/invite";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "account/invite";
        }
        try {
            model.addAttribute("issued", invitations.inviteAndNotify(form.toInvitation()));
            model.addAttribute("notice", "invitation.sent");
            model.addAttribute("form", InviteForm.empty(LocaleContextHolder.getLocale()));
        } catch (FieldException e) {
            Forms.reject(result, e);
        }
        return "account/invite";
    }
}
