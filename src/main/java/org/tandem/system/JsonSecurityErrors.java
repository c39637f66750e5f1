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

/** 401 and 403 for the JSON API as problem details, never a redirect to the login page. */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final Duration loginWindow;

    JsonSecurityErrors(JsonMapper json, @Value("${tandem.login.window}") Duration loginWindow) {
        this.json = json;
        this.loginWindow = loginWindow;
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
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins. Wait "
                    + Math.max(1, loginWindow.toMinutes()) + " minutes and try again.", request.getRequestURI());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Tandem\"");
        write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic using your Tandem e-mail and password.",
                request.getRequestURI());
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
            write(response, HttpStatus.UNAUTHORIZED, "This account signs in with a second factor, which HTTP Basic "
                    + "cannot give: use a personal API token (Authorization: Bearer), made at /account/tokens.",
                    request.getRequestURI());
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "Your role does not give access to this endpoint.",
                request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail, String path)
            throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", path);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body);
    }
}
