package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The throttle's window on a clock the test moves: the lock ends when the window has passed. */
class LoginThrottleTests {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, 30, WINDOW), clock);

    @Test
    void anAccountIsRefusedAfterItsLimitUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("ann@example.org", "10.0.0.1")).isFalse();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.refused("ann@example.org", "10.0.0.2")).isFalse();
        assertThat(throttle.failed("ANN@example.org ", "10.0.0.1")).as("the fifth locks").isTrue();
        assertThat(throttle.refused("ann@example.org", "10.0.0.2")).isTrue();
        assertThat(throttle.refused("bob@example.org", "10.0.0.2")).isFalse();

        clock.advance(WINDOW.minusSeconds(41));
        assertThat(throttle.refused("ann@example.org", "10.0.0.2")).as("the first failure is still in").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refused("ann@example.org", "10.0.0.2")).isFalse();
    }

    @Test
    void anAddressIsRefusedForEveryAccountAfterItsLimit() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("guess" + i + "@example.org", "10.0.0.9");
        }
        assertThat(throttle.refused("ann@example.org", "10.0.0.9")).isTrue();
        assertThat(throttle.refused("ann@example.org", "10.0.0.8")).isFalse();
        clock.advance(WINDOW);
        assertThat(throttle.refused("ann@example.org", "10.0.0.9")).isFalse();
    }

    @Test
    void theRightUserSignsInAgainOnceTheWindowHasPassedAndTheOwnerIsToldOnce() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var users = new InMemoryUserDetailsManager(User.withUsername("ann@example.org")
                .password(encoder.encode("right-password")).roles("COORDINATOR").build());
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        var repository = org.mockito.Mockito.mock(UserAccountRepository.class);
        org.mockito.Mockito.when(repository.findByEmail("ann@example.org")).thenReturn(java.util.Optional.of(
                new UserAccount("ann@example.org", "Ann", "x", Set.of(Role.COORDINATOR), clock.instant())));
        var messages = new StaticMessageSource();
        messages.addMessage("login.locked.mail.subject", Locale.getDefault(), "Locked");
        messages.addMessage("login.locked.mail.body", Locale.getDefault(), "{0}: {1} minutes");
        List<Object> published = new ArrayList<>();
        var provider = new ThrottledAuthenticationProvider(passwords, throttle, repository, messages,
                published::add);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login("right-password")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(published).singleElement().isInstanceOfSatisfying(AccountLocked.class,
                locked -> assertThat(locked.body()).isEqualTo("Ann: 15 minutes"));

        clock.advance(WINDOW);
        assertThat(provider.authenticate(login("right-password")).isAuthenticated()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("ann@example.org", password);
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
