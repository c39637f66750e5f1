package org.tandem.duo.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;

/**
 * Takes a step posted from a form on the duo pages: a notice when it is taken; a refusal flashed back to the form
 * (and the field) it came from, in the user's language, for {@code templates/duo/parts.html :: refusal}.
 */
@Component
class Steps {

    private final MessageSource messages;

    Steps(MessageSource messages) {
        this.messages = messages;
    }

    /** True when the step was taken. */
    boolean take(String form, String notice, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return true;
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorForm", form);
            if (e instanceof FieldException field) {
                redirect.addFlashAttribute("errorField", field.field());
            }
            redirect.addFlashAttribute("error",
                    messages.getMessage(e.code(), e.arguments(), LocaleContextHolder.getLocale()));
            return false;
        }
    }
}
