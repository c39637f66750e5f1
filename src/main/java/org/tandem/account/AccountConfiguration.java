package org.tandem.account;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BootstrapAdminProperties.class, LoginThrottleProperties.class})
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way to sign in with a password, throttled; Spring Security uses it for the form and HTTP Basic. */
    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottleProperties limits, Clock clock, UserAccountRepository accounts, MessageSource messages,
            ApplicationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, new LoginThrottle(limits, clock), accounts, messages,
                events);
    }

    /** Added to the API chain by name (system module); never a servlet filter of its own. */
    @Bean
    ApiTokenFilter apiTokenFilter(ApiTokenService tokens) {
        return new ApiTokenFilter(tokens);
    }

    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
