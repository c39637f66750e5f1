package org.tandem.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

/** Friendly pages for refusals on pages; nothing of the exception reaches the user. */
@ControllerAdvice
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e) {
        return refusal(messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ModelAndView concurrentChange() {
        return refusal(messages.getMessage("error.concurrent", null, LocaleContextHolder.getLocale()));
    }

    private static ModelAndView refusal(String message) {
        var view = new ModelAndView("error/refused", HttpStatus.CONFLICT);
        view.addObject("message", message);
        return view;
    }
}
