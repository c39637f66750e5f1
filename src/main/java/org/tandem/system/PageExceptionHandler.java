package org.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

/**
 * Friendly pages for refusals on pages; nothing of the exception reaches the user. A controller that serves pages
 * and a few API paths besides gets problem details on those paths, as {@link ApiExceptionHandler} gives them.
 */
@ControllerAdvice
class PageExceptionHandler {

    private final MessageSource messages;
    private final ApiExceptionHandler api;
    private final tools.jackson.databind.json.JsonMapper json;

    PageExceptionHandler(MessageSource messages, ApiExceptionHandler api, tools.jackson.databind.json.JsonMapper json) {
        this.messages = messages;
        this.api = api;
        this.json = json;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiPathErrors.isApi(request)) {
            return write(request, response, e instanceof MethodArgumentTypeMismatchException mismatch
                    ? api.typeMismatch(mismatch) : api.notFound());
        }
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (ApiPathErrors.isApi(request)) {
            return write(request, response, e instanceof org.tandem.shared.FieldException field ? api.field(field)
                    : api.refused(e));
        }
        return refusal(messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ModelAndView concurrentChange(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiPathErrors.isApi(request)) {
            return write(request, response, api.concurrentChange());
        }
        return refusal(messages.getMessage("error.concurrent", null, LocaleContextHolder.getLocale()));
    }

    private ModelAndView write(HttpServletRequest request, HttpServletResponse response,
            org.springframework.http.ProblemDetail problem) throws IOException {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
        return new ModelAndView();
    }

    private static ModelAndView refusal(String message) {
        var view = new ModelAndView("error/refused", HttpStatus.CONFLICT);
        view.addObject("message", message);
        return view;
    }
}
