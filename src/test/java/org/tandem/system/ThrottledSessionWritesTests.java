package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class ThrottledSessionWritesTests {

    final MapSessionRepository stored = new MapSessionRepository(new ConcurrentHashMap<>());
    final ThrottledSessionWrites<MapSession> sessions = new ThrottledSessionWrites<>(stored, Duration.ofMinutes(1));

    String storedSessionLastAccessedAt(Instant at) {
        var session = stored.createSession();
        session.setLastAccessedTime(at);
        stored.save(session);
        return session.getId();
    }

    @Test
    void anAccessWithinTheIntervalIsKeptInMemoryOnly() {
        Instant start = Instant.now().minusSeconds(10);
        String id = storedSessionLastAccessedAt(start);

        var session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(59));
        sessions.save(session);

        assertThat(session.getLastAccessedTime()).isEqualTo(start.plusSeconds(59));
        assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(start);
    }

    @Test
    void anAccessAMinuteOrMoreLaterIsWritten() {
        Instant start = Instant.now().minusSeconds(90);
        String id = storedSessionLastAccessedAt(start);

        var session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(60));
        sessions.save(session);

        assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void attributesAndANewIdAreWrittenAtOnce() {
        Instant start = Instant.now().minusSeconds(5);
        String id = storedSessionLastAccessedAt(start);

        var session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(1));
        session.setAttribute("token", "t1");
        String newId = session.changeSessionId();
        sessions.save(session);

        assertThat(stored.findById(id)).isNull();
        assertThat(stored.findById(newId).<String>getAttribute("token")).isEqualTo("t1");
        assertThat(sessions.findById(newId).getId()).isEqualTo(newId);
    }

    @Test
    void expiryFollowsTheLatestAccessNotTheStoredOne() {
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(29)).minusSeconds(30);
        String id = storedSessionLastAccessedAt(longAgo);
        var session = sessions.findById(id);
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        assertThat(session.isExpired()).isFalse();

        session.setLastAccessedTime(longAgo.minusSeconds(60));
        assertThat(session.isExpired()).isTrue();

        session.setMaxInactiveInterval(Duration.ofSeconds(-1));
        assertThat(session.isExpired()).isFalse();
    }

    @Test
    void aNewSessionIsSavedWholeAndAnUnknownOneIsNotFound() {
        var created = sessions.createSession();
        created.setAttribute("a", 1);
        sessions.save(created);

        assertThat(stored.findById(created.getId()).<Integer>getAttribute("a")).isEqualTo(1);
        assertThat(sessions.findById("no such session")).isNull();
        sessions.deleteById(created.getId());
        assertThat(stored.findById(created.getId())).isNull();
    }
}
