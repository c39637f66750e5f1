package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.tandem.IntegrationTest;

/**
 * Two requests of one session that both add the same attribute (as the first pages after signing in both make the
 * CSRF token) each save the session they read: the second save replaces the value instead of failing on the key.
 */
@IntegrationTest
class SessionStoreTests {

    // the repository's own session type is not public
    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsAddingTheSameAttributeBothSave() {
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("token", "from the first request");
        second.setAttribute("token", "from the second request");

        sessions.save(first);
        sessions.save(second);

        assertThat(((Session) sessions.findById(created.getId())).<String>getAttribute("token"))
                .isEqualTo("from the second request");
        sessions.deleteById(created.getId());
    }
}
