package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts made in one go (the demo's people): an equal password is hashed once, and every account signs in with it. */
class CreateAllTests {

    private final UserAccountRepository repository = mock(UserAccountRepository.class);
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger hashes = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            hashes.incrementAndGet();
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return bcrypt.matches(raw, encoded);
        }
    };
    private final AccountService accounts = new AccountService(repository, counting, Clock.systemUTC(),
            event -> { }, new RequestUser());

    @Test
    void anEqualPasswordIsHashedOnceAndOpensEveryAccount() {
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));

        accounts.createAll(List.of(user("a@example.org", "same-password-1"), user("b@example.org", "same-password-1"),
                user("c@example.org", "other-password-2")));

        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(repository, times(3)).save(saved.capture());
        assertThat(hashes).hasValue(2);
        var stored = saved.getAllValues();
        assertThat(stored).extracting(UserAccount::email).containsExactly("a@example.org", "b@example.org",
                "c@example.org");
        assertThat(bcrypt.matches("same-password-1", stored.get(0).passwordHash())).isTrue();
        assertThat(bcrypt.matches("same-password-1", stored.get(1).passwordHash())).isTrue();
        assertThat(bcrypt.matches("same-password-1", stored.get(2).passwordHash())).isFalse();
        assertThat(bcrypt.matches("other-password-2", stored.get(2).passwordHash())).isTrue();
    }

    @Test
    void anExistingEmailIsRefused() {
        when(repository.existsByEmail("a@example.org")).thenReturn(true);

        assertThatThrownBy(() -> accounts.createAll(List.of(user("A@example.org", "same-password-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        verify(repository, never()).save(any());
    }

    private static NewUser user(String email, String password) {
        return new NewUser(email, "Someone", password, Set.of(Role.MENTOR));
    }
}
