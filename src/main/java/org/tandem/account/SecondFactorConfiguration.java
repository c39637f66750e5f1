package org.tandem.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The second factor in the sign-in, as beans of Spring Security's own types that the system module's filter chains
 * take by name (the system module knows no account types): who still owes a second step, where they are sent, what
 * HTTP Basic may do, and the passkey stores. Spring Security's multi-factor support decides per request, with
 * {@link FactorGrantedAuthority}s on the sign-in and a {@link FactorAuthorizationDecision} naming the missing factor;
 * which factor is missing depends on the person (their role, what they set up), so the rule is Tandem's own rather
 * than {@code @EnableMultiFactorAuthentication}'s one rule for everyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MfaProperties.class)
class SecondFactorConfiguration {

    /** Where someone who gave their password goes before the second step is done, and nowhere else. */
    private static final RequestMatcher SECOND_STEP = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/login/second-factor"),
            PathPatternRequestMatcher.pathPattern("/account/security/setup"),
            PathPatternRequestMatcher.pathPattern("/logout"),
            PathPatternRequestMatcher.pathPattern("/error"));

    @Bean
    SecretCipher mfaCipher(MfaProperties properties) {
        return MfaKeys.cipher(properties);
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    /** The one credential store Spring Security's WebAuthn endpoints use; it tells the audit about changes. */
    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
            UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        return new PublishingUserCredentialRepository(new JdbcUserCredentialRepository(jdbc), users, accounts, events,
                clock);
    }

    /** Tandem's own reading and removal, on the plain store (the service publishes its own events). */
    @Bean
    Passkeys passkeys(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users) {
        return new Passkeys(users, new JdbcUserCredentialRepository(jdbc), jdbc);
    }

    /**
     * Pages: signed in, and with the second step done when the person owes one; until then only the second step's
     * own pages answer, anything else is refused as missing {@value SecondFactorAuthorities#SECOND}.
     */
    @Bean
    AuthorizationManager<RequestAuthorizationContext> secondFactorPageAccess() {
        return (authentication, context) -> {
            var signedIn = signedIn(authentication);
            if (signedIn == null) {
                return new AuthorizationDecision(false);
            }
            if (!owesSecondStep(signedIn) || SECOND_STEP.matches(context.getRequest())) {
                return new AuthorizationDecision(true);
            }
            return missing(SecondFactorAuthorities.SECOND);
        };
    }

    /**
     * The API: HTTP Basic (a password alone) is refused to an account that has or needs a second factor, which is
     * told to use a personal API token instead (missing factor: a bearer token). Tokens pass.
     */
    @Bean
    AuthorizationManager<RequestAuthorizationContext> secondFactorApiAccess() {
        return (authentication, context) -> {
            var signedIn = signedIn(authentication);
            if (signedIn == null) {
                return new AuthorizationDecision(false);
            }
            boolean passwordOnly = has(signedIn, FactorGrantedAuthority.PASSWORD_AUTHORITY)
                    && !SecondFactorAuthorities.complete(signedIn);
            if (passwordOnly && signedIn.getPrincipal() instanceof AccountPrincipal principal
                    && principal.secondFactor() != SecondFactorState.NONE) {
                return missing(FactorGrantedAuthority.BEARER_AUTHORITY);
            }
            return new AuthorizationDecision(true);
        };
    }

    /** Someone who owes the second step goes to it, or to setting a factor up when they have none yet. */
    @Bean
    AuthenticationEntryPoint secondFactorEntryPoint() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath() + secondStepPath());
    }

    /** After the password: the second step when one is owed, otherwise where the person was going (or home). */
    @Bean
    AuthenticationSuccessHandler passwordSignInSuccess() {
        var home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (owesSecondStep(authentication)) {
                response.sendRedirect(request.getContextPath() + secondStepPath());
            } else {
                home.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /**
     * After a passkey (Spring Security's /login/webauthn, with its multi-factor merge on, so that the password given
     * before in this session stays on the sign-in): a passkey is Tandem's second factor, never the only one (Spring's
     * passkeys ask for user verification as "preferred", so a key without a PIN is one factor), so a passkey without
     * the same person's password first is refused. Otherwise the sign-in gets Tandem's principal, like a password
     * sign-in, so that the rest of Tandem knows who it is; the answer stays Spring's JSON with where to go next.
     */
    @Bean
    AuthenticationSuccessHandler passkeySignInSuccess(AccountUserDetailsService users) {
        var json = new HttpMessageConverterAuthenticationSuccessHandler();
        var sessions = new HttpSessionSecurityContextRepository();
        return (request, response, authentication) -> {
            if (!has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
                var empty = SecurityContextHolder.createEmptyContext();
                SecurityContextHolder.setContext(empty);
                sessions.saveContext(empty, request, response);
                response.setStatus(401);
                response.setContentType("application/json");
                response.getWriter().write("{\"authenticated\":false}");
                return;
            }
            var principal = (AccountPrincipal) users.loadUserByUsername(authentication.getName());
            var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
            authentication.getAuthorities().stream().filter(a -> a instanceof FactorGrantedAuthority)
                    .forEach(authorities::add);
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
            signedIn.setDetails(authentication.getDetails());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            json.onAuthenticationSuccess(request, response, signedIn);
        };
    }

    private static String secondStepPath() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.secondFactor() == SecondFactorState.SETUP_REQUIRED
                        ? "/account/security/setup" : "/login/second-factor";
    }

    static boolean owesSecondStep(Authentication authentication) {
        return authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.secondFactor() != SecondFactorState.NONE
                && !SecondFactorAuthorities.complete(authentication);
    }

    private static Authentication signedIn(Supplier<? extends Authentication> authentication) {
        var a = authentication.get();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private static AuthorizationResult missing(String authority) {
        return new FactorAuthorizationDecision(
                List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(authority).build())));
    }
}
