package org.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request Spring Security's firewall refuses (an encoded '%' or '/' in the path, a ';', ...) is a 400: on the API a
 * problem detail in the caller's language, on pages the container's error page. Spring Security uses this bean in
 * place of its default, which answers with an empty 400.
 */
@Component
class ApiRequestRejected implements RequestRejectedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiRequestRejected(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        if (!ApiPathErrors.isApi(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        var locale = locales.resolveLocale(request);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("problem.400.title", null, "Bad Request", locale));
        body.put("status", HttpStatus.BAD_REQUEST.value());
        body.put("detail", messages.getMessage("error.unreadable", null, "Bad Request", locale));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body);
    }
}
