package org.tandem.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the JSON API as problem details in the caller's language (these answer before Spring MVC, so the
 * language comes from the locale resolver here), never a redirect to the login page.
 */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final Duration loginWindow;
    private final org.springframework.context.MessageSource messages;
    private final org.springframework.web.servlet.LocaleResolver locales;

    JsonSecurityErrors(JsonMapper json, @Value("${tandem.login.window}") Duration loginWindow,
            org.springframework.context.MessageSource messages, org.springframework.web.servlet.LocaleResolver locales) {
        this.json = json;
        this.loginWindow = loginWindow;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (DatabaseOutage.causedBy(e)) {
            // the password could not be checked: no 401, the outage's 503 (DatabaseUnavailableFilter)
            throw new ServletException("Authentication impossible: database unavailable", e);
        }
        if (e instanceof LockedException) {
            // too many failed sign-ins for this account or from this address; the same for unknown accounts
            response.setHeader("Retry-After", String.valueOf(loginWindow.toSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, Math.max(1, loginWindow.toMinutes()));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Tandem\"");
        write(request, response, HttpStatus.UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof FactorAuthorizationDecision factors
                && factors.getFactorErrors().stream().anyMatch(f -> FactorGrantedAuthority.BEARER_AUTHORITY
                        .equals(f.getRequiredFactor().getAuthority()))) {
            // HTTP Basic for an account with a second factor (account module): a password alone is not enough
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Tandem\"");
            detailed(request, response, HttpStatus.UNAUTHORIZED, "problem.401.second-factor.detail");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            Object... arguments) throws IOException {
        detailed(request, response, status, "problem." + status.value() + ".detail", arguments);
    }

    private void detailed(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object... arguments) throws IOException {
        var locale = locales.resolveLocale(request);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("problem." + status.value() + ".title", null, status.getReasonPhrase(),
                locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage(detailKey, arguments,
                status.getReasonPhrase(), locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body);
    }
}
