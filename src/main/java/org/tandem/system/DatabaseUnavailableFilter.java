package org.tandem.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached, every request that needs it answers 503 with "temporarily unavailable": a
 * page in the visitor's language, or problem details on the API, with {@code Retry-After}; never a stack trace. It
 * sits in front of every other filter, the session filter included (sessions live in the database, so a signed-in
 * user's request fails there first), and so renders a page of its own that needs neither session nor database. When
 * the database is back, requests succeed again without a restart (the connection pool reconnects).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final JsonMapper json;

    DatabaseUnavailableFilter(ITemplateEngine templates, MessageSource messages, JsonMapper json) {
        this.templates = templates;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            unavailable(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        // the security headers (CSP, frame options) already set stay; what the failed handler began to write goes
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String detail = messages.getMessage("error.unavailable.text", null, locale);
        if (wantsJson(request)) {
            var body = new LinkedHashMap<String, Object>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
            body.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            body.put("detail", detail);
            body.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getWriter(), body);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        String retry = "GET".equals(request.getMethod()) ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : request.getContextPath() + "/";
        var context = new WebContext(exchange, locale, Map.of("retryUrl", retry));
        templates.process("error/unavailable", context, response.getWriter());
    }

    private static boolean wantsJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The session, and with it a chosen language, is out of reach: the link's or the browser's language. */
    private static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return lang != null && !lang.isBlank() ? LocaleConfiguration.supported(Locale.forLanguageTag(lang))
                : LocaleConfiguration.fromBrowser(request);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
