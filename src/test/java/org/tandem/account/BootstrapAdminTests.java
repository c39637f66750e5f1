package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Two nodes that start at once on an empty database both try to create the first admin: one wins, both start. */
class BootstrapAdminTests {

    private final AccountService accounts = mock(AccountService.class);
    private final BootstrapAdmin bootstrap = new BootstrapAdmin(
            new BootstrapAdminProperties("admin@example.org", "a-long-enough-password"), accounts);

    @Test
    void theNodeThatLostTheRaceStartsAnyway() {
        when(accounts.anyAdmin()).thenReturn(false, true);
        when(accounts.create(any())).thenThrow(new DataIntegrityViolationException("duplicate e-mail"));

        assertThatCode(() -> bootstrap.run(null)).doesNotThrowAnyException();
    }

    @Test
    void aFailureWithNoAdminCreatedAnywhereStopsTheStart() {
        when(accounts.anyAdmin()).thenReturn(false);
        when(accounts.create(any())).thenThrow(new IllegalStateException("mail invalid"));

        assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFirstNodeCreatesTheAdmin() throws Exception {
        when(accounts.anyAdmin()).thenReturn(false);

        bootstrap.run(null);

        verify(accounts).create(any());
    }
}
