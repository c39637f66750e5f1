package org.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.participant.PersonErasure;

/**
 * An erasure is all or nothing: when one module fails to erase (here the outbox, which goes near the end), nothing
 * of what the modules before it did stays: the person keeps their name, the duo is not ended, no erasure is recorded.
 */
@IntegrationTest
class ErasureAllOrNothingTests {

    @MockitoSpyBean
    NotificationPersonalData outbox;
    @Autowired
    DuoFixture duos;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonErasure erasure;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aModuleThatFailsUndoesTheWholeErasure() {
        var world = duos.signedActive();
        String name = name(world.menteeEnrolmentId());
        doThrow(new IllegalStateException("outbox unavailable")).when(outbox).erase(any());

        assertThatThrownBy(() -> accounts.callAs(TestUsers.ADMIN,
                () -> erasure.erase(world.menteeEnrolmentId(), "Asked by mail")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(name(world.menteeEnrolmentId())).isEqualTo(name).doesNotContain("Erased");
        assertThat(jdbc.queryForObject("select state from duo where id = ?", String.class, world.duoId()))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select status from enrolment where id = ?", String.class,
                world.menteeEnrolmentId())).isNotEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from privacy_erasure", Integer.class)).isZero();
        assertThat(accounts.findByEmail(world.menteeEmail())).isPresent();
    }

    private String name(long enrolmentId) {
        return jdbc.queryForObject("select p.first_name || ' ' || p.last_name from person p join enrolment e "
                + "on e.person_id = p.id where e.id = ?", String.class, enrolmentId);
    }
}
