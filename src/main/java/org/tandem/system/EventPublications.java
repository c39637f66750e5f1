package org.tandem.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The events whose listeners have not succeeded yet, for admins, and their retry by a job, one node at a time (a minute
 * after start-up, then every few minutes): not by each node as it starts, which would hand the events another node is
 * handling at that moment to their listeners a second time.
 */
@Service
public class EventPublications {

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;
    private final Duration resubmitAfter;

    EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete,
            @Value("${tandem.events.retry-after:PT1M}") Duration retryAfter,
            @Value("${tandem.events.resubmit-after:PT10S}") Duration resubmitAfter) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
        this.resubmitAfter = resubmitAfter;
    }

    /** An event one listener has not handled yet. */
    public record Pending(String id, String event, String listener, Instant publishedAt, String status,
            Integer attempts, Instant lastResubmittedAt) {
    }

    /** Incomplete publications, oldest first (at most 500). */
    public List<Pending> pending() {
        return jdbc.sql("""
                select id, event_type, listener_id, publication_date, status, completion_attempts,
                       last_resubmission_date
                from event_publication where completion_date is null order by publication_date limit 500""")
                .query((rs, row) -> new Pending(rs.getString(1), simpleName(rs.getString(2)),
                        listener(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        (Integer) rs.getObject(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    public long pendingCount() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    /**
     * An admin's "retry now": hands every incomplete publication to its listener again, except those published in
     * the last seconds (their listener may still be at work on another request).
     */
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }

    @Scheduled(fixedDelayString = "${tandem.events.retry-interval:PT5M}",
            initialDelayString = "${tandem.events.retry-first:PT1M}")
    @SchedulerLock(name = "event-publications-retry", lockAtMostFor = "PT10M")
    public void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Listener ids look like {@code org.tandem.duo.Withdrawals.on(org.tandem.participant.EnrolmentWithdrawn)}. */
    private static String listener(String id) {
        int open = id.indexOf('(');
        String method = open < 0 ? id : id.substring(0, open);
        int dot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return dot < 0 ? method : method.substring(dot + 1);
    }
}
