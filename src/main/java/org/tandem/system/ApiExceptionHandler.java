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

    /** A field that is wrong and why; {@code allowed} lists the values an enum-typed field takes. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record FieldError(String field, String message, List<String> allowed) {

        FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, text("error.404.text"));
    }

    @ExceptionHandler(FieldException.class)
    ProblemDetail field(FieldException e) {
        return invalid(List.of(new FieldError(e.field(), text(e.code(), e.arguments()))));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        return problem(HttpStatus.CONFLICT, text(e.code(), e.arguments()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail concurrentChange() {
        return problem(HttpStatus.CONFLICT, text("error.concurrent"));
    }

    /**
     * Bad query parameters and bodies (MethodArgumentNotValidException is a BindException too). A value of the wrong
     * type gets our own message: Spring's default one names Java types.
     */
    @ExceptionHandler(BindException.class)
    ProblemDetail notValid(BindException e) {
        var locale = LocaleContextHolder.getLocale();
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.isBindingFailure()
                        ? unreadable(error.getField(), requiredType(error))
                        : new FieldError(error.getField(), messages.getMessage(error, locale)))
                .toList();
        return invalid(errors);
    }

    private static Class<?> requiredType(org.springframework.validation.FieldError error) {
        if (error.contains(org.springframework.beans.TypeMismatchException.class)) {
            var mismatch = error.unwrap(org.springframework.beans.TypeMismatchException.class);
            return mismatch.getRequiredType();
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        var type = e.getRequiredType();
        if (type != null && !type.isEnum()) {
            type = org.springframework.core.ResolvableType.forMethodParameter(e.getParameter()).resolveGeneric(0);
        }
        return invalid(List.of(unreadable(e.getName(), type)));
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
        return problem(HttpStatus.BAD_REQUEST, text("error.unreadable"));
    }

    /** A file upload endpoint called without a multipart body: the wrong media type, not a server error. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail notMultipart(jakarta.servlet.http.HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("problem.415.detail", "multipart/form-data"));
        }
        return problem(HttpStatus.BAD_REQUEST, text("error.unreadable"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType() {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("error.unreadable"));
    }

    private ProblemDetail invalid(List<FieldError> errors) {
        var problem = problem(HttpStatus.BAD_REQUEST, text("error.invalid"));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        return problem(messages, status, detail);
    }

    /** A problem detail whose title, like its detail, is in the caller's language. */
    static ProblemDetail problem(MessageSource messages, HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem." + status.value() + ".title", null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        return problem;
    }

    /** The names an enum-typed parameter accepts, none for other types. */
    private static List<String> allowed(Class<?> type) {
        if (type != null && type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        return List.of();
    }

    private FieldError unreadable(String field, Class<?> type) {
        var allowed = allowed(type);
        return allowed.isEmpty() ? new FieldError(field, text("error.field.unreadable", field), null)
                : new FieldError(field, text("error.field.allowed", field, String.join(", ", allowed)), allowed);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }
}
