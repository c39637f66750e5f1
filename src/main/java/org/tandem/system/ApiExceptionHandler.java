package org.tandem.system;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** Turns refusals into problem details for the JSON API, with messages in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    record FieldError(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("error.404.text"));
    }

    @ExceptionHandler(FieldException.class)
    ProblemDetail field(FieldException e) {
        return invalid(List.of(new FieldError(e.field(), text(e.code(), e.arguments()))));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(e.code(), e.arguments()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail concurrentChange() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.concurrent"));
    }

    /**
     * Bad query parameters and bodies (MethodArgumentNotValidException is a BindException too). A value of the wrong
     * type gets our own message: Spring's default one names Java types.
     */
    @ExceptionHandler(BindException.class)
    ProblemDetail notValid(BindException e) {
        var locale = LocaleContextHolder.getLocale();
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.isBindingFailure()
                        ? text("error.field.unreadable", error.getField())
                        : messages.getMessage(error, locale)))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldError(e.getName(), text("error.field.unreadable", e.getName()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return invalid(List.of(new FieldError(e.getParameterName(), text("error.field.missing", e.getParameterName()))));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail methodValidation(HandlerMethodValidationException e) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, ServletRequestBindingException.class})
    ProblemDetail unreadable() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.unreadable"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("error.unreadable"));
    }

    private ProblemDetail invalid(List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.invalid"));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }
}
