package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.tandem.IntegrationTest;

/**
 * Two requests of one session that both add the same attribute (as the first pages after signing in both make the
 * CSRF token) each save the session they read: the second save replaces the value instead of failing on the key. A
 * request moves the stored last-access time forward only once it is a minute behind.
 */
@IntegrationTest
class SessionStoreTests {

    // the repository's own session type is not public
    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    @Autowired
    SessionRepositoryFilter<?> filter;

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void aRequestWritesTheLastAccessTimeOnlyWhenItIsAMinuteBehind() throws Exception {
        Session created = sessions.createSession();
        sessions.save(created);
        long recent = Instant.now().minusSeconds(20).toEpochMilli();
        setStoredLastAccess(created.getId(), recent);

        request(created.getId());
        assertThat(storedLastAccess(created.getId())).isEqualTo(recent);

        long minutesAgo = Instant.now().minusSeconds(120).toEpochMilli();
        setStoredLastAccess(created.getId(), minutesAgo);
        long before = System.currentTimeMillis();
        request(created.getId());
        assertThat(storedLastAccess(created.getId())).isBetween(before, System.currentTimeMillis());
        assertThat(jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class,
                created.getId())).isEqualTo(storedLastAccess(created.getId()) + 30 * 60 * 1000);
        sessions.deleteById(created.getId());
    }

    private void request(String sessionId) throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("SESSION",
                Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                ((jakarta.servlet.http.HttpServletRequest) req).getSession();
            }
        });
    }

    private void setStoredLastAccess(String sessionId, long at) {
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?", at,
                at + 30 * 60 * 1000, sessionId);
    }

    private long storedLastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                sessionId);
    }
}
