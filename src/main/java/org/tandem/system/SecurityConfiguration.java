package org.tandem.system;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two chains: the JSON API is stateless with HTTP Basic or a personal API token ({@code Authorization: Bearer},
 * account module) and answers 401/403 in JSON; pages use a session,
 * form login and CSRF protection. Both sign in through the account module's throttled password check (failed
 * sign-ins limited per account and per client address, see tandem.login.*). Which role reaches which page or endpoint is declared on each handler
 * method (see {@code AccessRulesTests}); the chains only decide who must be signed in at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/login", "/error", "/apply/**", "/invitations/**", "/survey/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/**",
            // personal calendar feeds: calendar apps fetch them without a session, the secret token is the key
            "/calendar/*.ics",
            // a forced password reset's single-use link (account module)
            "/password-reset/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors,
            @Qualifier("apiTokenFilter") Filter apiTokens) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(apiTokens, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // a read-only API token (account module) reads and nothing else
                        .requestMatchers(SecurityConfiguration::changes)
                        .access((authentication, context) -> new AuthorizationDecision(
                                authentication.get() != null && authentication.get().isAuthenticated()
                                        && authentication.get().getAuthorities().stream()
                                                .noneMatch(a -> READ_ONLY_TOKEN.equals(a.getAuthority()))))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(SecurityConfiguration::privacyHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::signInFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        http.headers(SecurityConfiguration::privacyHeaders);
        return http.build();
    }

    /** The authority of a read-only API token (ApiTokenService.READ_ONLY_AUTHORITY in the account module). */
    static final String READ_ONLY_TOKEN = "SCOPE_READ_ONLY";

    private static boolean changes(HttpServletRequest request) {
        return !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** No full addresses (they may carry ids) to other sites, and no browser features Tandem never uses. */
    private static void privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /**
     * Too many failed sign-ins (a LockedException) get their own, equally generic message. A sign-in that failed
     * because the database is out of reach is no wrong password: it goes on to the 503 page.
     */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException, ServletException {
        if (DatabaseOutage.causedBy(e)) {
            throw new ServletException("Sign-in impossible: database unavailable", e);
        }
        response.sendRedirect(request.getContextPath()
                + (e instanceof LockedException ? "/login?throttled" : "/login?error"));
    }
}
