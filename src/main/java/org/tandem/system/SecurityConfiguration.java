package org.tandem.system;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.net.URI;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
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
 * form login and CSRF protection, and a second step after the password (an authenticator app code, a recovery code
 * or a passkey) for whoever has a second factor or whose role requires one (account module, tandem.mfa.*); HTTP Basic
 * is refused to those accounts, which use API tokens. Both sign in through the account module's throttled password check (failed
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

    /**
     * Spring Security's own observations (a span and timer around each of the ~20 filters, each authorisation and each
     * secured method) are not used here: nothing traces, and the request as a whole is timed by
     * {@code http.server.requests}. Switched off, the filter chain is no longer wrapped filter by filter.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors,
            @Qualifier("apiTokenFilter") Filter apiTokens,
            @Qualifier("secondFactorApiAccess") AuthorizationManager<RequestAuthorizationContext> secondFactor)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(apiTokens, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // a read-only API token (account module) reads and nothing else
                        .requestMatchers(SecurityConfiguration::changes)
                        .access((authentication, context) -> {
                            var result = secondFactor.authorize(authentication, context);
                            if (result == null || !result.isGranted()) {
                                return result;
                            }
                            return new AuthorizationDecision(authentication.get().getAuthorities().stream()
                                    .noneMatch(a -> READ_ONLY_TOKEN.equals(a.getAuthority())));
                        })
                        // HTTP Basic for an account with a second factor is refused (account module): tokens instead
                        .anyRequest().access(secondFactor))
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
    SecurityFilterChain pageChain(HttpSecurity http,
            @Qualifier("secondFactorPageAccess") AuthorizationManager<RequestAuthorizationContext> secondFactor,
            @Qualifier("secondFactorEntryPoint") AuthenticationEntryPoint secondStep,
            @Qualifier("passwordSignInSuccess") AuthenticationSuccessHandler passwordSignedIn,
            @Qualifier("passkeySignInSuccess") AuthenticationSuccessHandler passkeySignedIn,
            @Value("${tandem.base-url}") URI baseUrl) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // signed in, and with the second step done when the person owes one (account module)
                        .anyRequest().access(secondFactor))
                .formLogin(form -> form.loginPage("/login").successHandler(passwordSignedIn)
                        .failureHandler(SecurityConfiguration::signInFailed).permitAll())
                // a sign-in still missing its second factor is sent to the second step instead of being refused
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(secondStep,
                        SECOND_FACTOR))
                // passkeys (Spring Security's WebAuthn endpoints): registered on /account/security, used at the
                // second step; the relying party is the host of tandem.base-url
                .webAuthn(passkeys -> passkeys.rpName("Tandem").rpId(baseUrl.getHost())
                        .allowedOrigins(origin(baseUrl)).disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationSuccessHandler(passkeySignedIn);
                                // keep the password's factor on the sign-in: a passkey is the second factor
                                filter.setMfaEnabled(true);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        http.headers(SecurityConfiguration::privacyHeaders);
        return http.build();
    }

    /** The factor a sign-in lacks while its second step is owed (SecondFactorAuthorities.SECOND, account module). */
    static final String SECOND_FACTOR = "FACTOR_SECOND";

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
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
