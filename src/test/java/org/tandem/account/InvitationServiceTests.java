package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** Invitation rules with a clock the test moves forward. */
class InvitationServiceTests {

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final InvitationRepository repository = mock(InvitationRepository.class);
    private final AccountService accounts = mock(AccountService.class);
    private final AtomicReference<Invitation> saved = new AtomicReference<>();
    private InvitationService service;

    @BeforeEach
    void setUp() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        service = new InvitationService(repository, accounts, messages, mock(ApplicationEventPublisher.class), clock,
                14, "https://tandem.example/");
        when(accounts.current()).thenReturn(Optional.of(new CurrentUser(1, "admin@x", "Admin", Set.of(Role.ADMIN),
                Set.of())));
        when(accounts.findByEmail(any())).thenReturn(Optional.empty());
        when(repository.save(any())).thenAnswer(call -> {
            saved.set(call.getArgument(0));
            return call.getArgument(0);
        });
        when(repository.findByTokenHash(any())).thenAnswer(call ->
                Optional.ofNullable(saved.get()).filter(i -> i.tokenHash().equals(call.getArgument(0))));
    }

    private String invite() {
        return service.invite(new NewInvitation("New.Mentor@Example.org", "New Mentor", Role.MENTOR));
    }

    @Test
    void onlyTheHashOfARandomUrlSafeTokenIsStored() {
        String token = invite();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(saved.get().tokenHash()).hasSize(64).isEqualTo(InvitationTokens.hash(token)).isNotEqualTo(token);
        assertThat(saved.get().email()).isEqualTo("new.mentor@example.org");
        assertThat(saved.get().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
        assertThat(service.link(token)).isEqualTo("https://tandem.example/invitations/" + token);
        assertThat(invite()).isNotEqualTo(token);
    }

    /** Issue 13: the password rules apply where an invitation is accepted, at the password field. */
    @Test
    void aCommonPasswordOrOneWithTheEmailNameIsRefusedAtTheField() {
        String token = invite();
        assertThatThrownBy(() -> service.accept(token, "New Mentor", "password123456"))
                .isInstanceOfSatisfying(org.tandem.shared.FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.code()).isEqualTo("password.common");
                });
        assertThatThrownBy(() -> service.accept(token, "New Mentor", "new.mentor-and-more"))
                .isInstanceOfSatisfying(org.tandem.shared.FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("password.email"));
    }

    @Test
    void anInvitationWorksOnce() {
        String token = invite();
        assertThat(service.open(token).email()).isEqualTo("new.mentor@example.org");
        service.accept(token, "New Mentor", "a-long-enough-password");
        verify(accounts).create(any(NewUser.class));
        assertThatThrownBy(() -> service.open(token)).isInstanceOfSatisfying(InvitationGoneException.class,
                e -> assertThat(e.code()).isEqualTo("invitation.used"));
        assertThatThrownBy(() -> service.accept(token, "Again", "a-long-enough-password"))
                .isInstanceOf(InvitationGoneException.class);
    }

    @Test
    void anInvitationExpiresAfterItsValidDays() {
        String token = invite();
        clock.advance(Duration.ofDays(14).minusMinutes(1));
        assertThat(service.open(token)).isNotNull();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> service.open(token)).isInstanceOfSatisfying(InvitationGoneException.class,
                e -> assertThat(e.code()).isEqualTo("invitation.expired"));
        assertThatThrownBy(() -> service.accept(token, "Late", "a-long-enough-password"))
                .isInstanceOf(InvitationGoneException.class);
        verify(accounts, never()).create(any());
    }

    @Test
    void anUnknownTokenIsNotFound() {
        invite();
        assertThatThrownBy(() -> service.open("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aShortPasswordIsRefusedAtItsField() {
        String token = invite();
        assertThatThrownBy(() -> service.accept(token, "Name", "short"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(saved.get().used()).isFalse();
    }

    @Test
    void anAddressWithAnAccountIsNotInvited() {
        when(accounts.findByEmail("taken@example.org"))
                .thenReturn(Optional.of(new UserSummary(5, "taken@example.org", "Taken")));
        assertThatThrownBy(() -> service.invite(new NewInvitation("taken@example.org", "T", Role.MENTOR)))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.code()).isEqualTo("invitation.email.taken");
                });
    }

    @Test
    void onlyAdminsInvite() {
        when(accounts.current()).thenReturn(Optional.of(new CurrentUser(2, "c@x", "C", Set.of(Role.COORDINATOR),
                Set.of())));
        assertThatThrownBy(this::invite).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyCoordinatorsAreInvitedToProgrammes() {
        assertThatThrownBy(() -> service.invite(new NewInvitation("m@example.org", "M", Set.of(Role.MENTOR),
                Set.of(7L), null))).isInstanceOf(IllegalArgumentException.class);
    }
}
