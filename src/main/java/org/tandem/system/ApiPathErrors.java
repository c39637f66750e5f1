package org.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What no API handler was found for: an unknown path under /api (404), a method the path does not take (405, with
 * Allow), a body of a type it does not read (415) or an answer it cannot give in the asked type (406), as problem
 * details in the caller's language. These fail before a controller is chosen, so the controller advice
 * ({@link ApiExceptionHandler}) never sees them; pages keep the friendly error pages.
 */
@Component
class ApiPathErrors implements HandlerExceptionResolver, Ordered {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiPathErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!isApi(request) || response.isCommitted()) {
            return null;
        }
        HttpStatus status;
        String detail;
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            status = HttpStatus.NOT_FOUND;
            detail = text("problem.404.detail");
        } else if (e instanceof HttpRequestMethodNotSupportedException unsupported) {
            status = HttpStatus.METHOD_NOT_ALLOWED;
            var allowed = unsupported.getSupportedHttpMethods() == null ? ""
                    : unsupported.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
            response.setHeader(HttpHeaders.ALLOW, allowed);
            detail = text("problem.405.detail", request.getMethod(), allowed);
        } else if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            var accepted = MediaType.toString(unsupported.getSupportedMediaTypes());
            if (!accepted.isEmpty()) {
                response.setHeader(HttpHeaders.ACCEPT, accepted);
            }
            detail = text("problem.415.detail", accepted);
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            status = HttpStatus.NOT_ACCEPTABLE;
            detail = text("problem.406.detail");
        } else {
            return null;
        }
        var problem = ApiExceptionHandler.problem(messages, status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        try {
            write(response, problem);
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }
}
