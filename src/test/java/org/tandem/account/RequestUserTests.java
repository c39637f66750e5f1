package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in user is read once per web request, again after an account change, and every time outside one. */
class RequestUserTests {

    private final UserAccountRepository repository = mock(UserAccountRepository.class);
    private final RequestUser requestUser = new RequestUser();
    private final AccountService accounts = new AccountService(repository, NoOpPasswordEncoder.getInstance(),
            Clock.systemUTC(), event -> { }, requestUser);

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void oneReadPerRequestAndAgainAfterAnAccountChange() {
        var account = signedIn(7L, Set.of(Role.COORDINATOR));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(accounts.requireCurrent().roles()).containsExactly(Role.COORDINATOR);
        assertThat(accounts.requireCurrent().id()).isEqualTo(7L);
        verify(repository, times(1)).findById(7L);

        account.changeRoles(Set.of(Role.COORDINATOR, Role.RESEARCHER));
        requestUser.on(new AccountChanged(7L, 7L, AccountChanged.Change.ROLES_CHANGED, null, null));
        assertThat(accounts.requireCurrent().roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.RESEARCHER);
        verify(repository, times(2)).findById(7L);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        accounts.requireCurrent();
        verify(repository, times(3)).findById(7L);
    }

    @Test
    void outsideAWebRequestEveryCallReadsTheAccount() {
        signedIn(8L, Set.of(Role.MENTOR));
        accounts.requireCurrent();
        accounts.requireCurrent();
        verify(repository, times(2)).findById(8L);
    }

    @Test
    void anotherSignInOfTheSameAccountInTheSameThreadReadsAgain() {
        signedIn(7L, Set.of(Role.COORDINATOR));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        accounts.requireCurrent();
        signedIn(7L, Set.of(Role.COORDINATOR));
        accounts.requireCurrent();
        accounts.requireCurrent();
        verify(repository, times(2)).findById(7L);
    }

    @Test
    void anotherUserInTheSameRequestIsNotServedTheFirst() {
        signedIn(7L, Set.of(Role.COORDINATOR));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        accounts.requireCurrent();
        signedIn(9L, Set.of(Role.MENTEE));
        assertThat(accounts.requireCurrent().id()).isEqualTo(9L);
        assertThat(accounts.requireCurrent().roles()).containsExactly(Role.MENTEE);
        verify(repository, times(1)).findById(9L);
    }

    private UserAccount signedIn(long id, Set<Role> roles) {
        var account = new UserAccount("user" + id + "@example.org", "User " + id, "x", roles, Instant.now());
        ReflectionTestUtils.setField(account, "id", id);
        when(repository.findById(id)).thenReturn(Optional.of(account));
        var principal = new AccountPrincipal(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return account;
    }
}
