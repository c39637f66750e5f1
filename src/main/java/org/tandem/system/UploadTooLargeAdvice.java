package org.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.shared.ImportProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the multipart limit fails before any controller runs: the user gets the size limit in their
 * language (a page, or problem details on the API), never the servlet container's error.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private final MessageSource messages;
    private final JsonMapper json;
    private final ImportProperties limits;

    UploadTooLargeAdvice(MessageSource messages, JsonMapper json, ImportProperties limits) {
        this.messages = messages;
        this.json = json;
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        String message = messages.getMessage("import.file.tooLarge", new Object[] {limits.maxBytes().toMegabytes()}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var body = new LinkedHashMap<String, Object>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
            body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
            body.put("detail", message);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), body);
            return new ModelAndView();
        }
        var view = new ModelAndView("error/refused", HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("message", message);
        return view;
    }
}
