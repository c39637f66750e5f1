package org.tandem.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A session repository that moves a stored session's last-access time forward only once it is a minute or more behind.
 * Spring Session marks a session changed on every request (its last-access time is set from the clock), so Spring
 * Session JDBC wrote the session's row in a transaction of its own on every page view: 4-6 % of a page's CPU, and on
 * PostgreSQL a committed write per click. Attributes, a new id and a new time-out are still written at once; only the
 * last-access time lags, by under a minute, so an idle session ends between 29 and 30 minutes after its last request.
 */
final class ThrottledSessionWrites<S extends Session> implements SessionRepository<ThrottledSessionWrites.Throttled<S>> {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final SessionRepository<S> sessions;
    private final Duration interval;

    ThrottledSessionWrites(SessionRepository<S> sessions, Duration interval) {
        this.sessions = sessions;
        this.interval = interval;
    }

    @Override
    public Throttled<S> createSession() {
        return new Throttled<>(sessions.createSession());
    }

    @Override
    public void save(Throttled<S> session) {
        session.passOnLastAccessIfDue(interval);
        sessions.save(session.stored);
    }

    @Override
    public Throttled<S> findById(String id) {
        S stored = sessions.findById(id);
        return stored == null ? null : new Throttled<>(stored);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    /** The stored session, with the latest access time kept here until it is worth writing. */
    static final class Throttled<S extends Session> implements Session {

        private final S stored;
        private Instant lastAccessed;

        Throttled(S stored) {
            this.stored = stored;
            this.lastAccessed = stored.getLastAccessedTime();
        }

        void passOnLastAccessIfDue(Duration interval) {
            if (!lastAccessed.isBefore(stored.getLastAccessedTime().plus(interval))) {
                stored.setLastAccessedTime(lastAccessed);
            }
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            this.lastAccessed = lastAccessedTime;
        }

        @Override
        public Instant getLastAccessedTime() {
            return lastAccessed;
        }

        @Override
        public boolean isExpired() {
            Duration timeout = getMaxInactiveInterval();
            return !timeout.isNegative() && !Instant.now().minus(timeout).isBefore(lastAccessed);
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }
    }
}
