package org.tandem.notification;

import java.time.Instant;

/** A mail in the outbox as pages and the API show it; the body and the calendar part only in the detail view. */
public record OutboxEntry(long id, Instant createdAt, String recipient, String recipientName, String language,
        String subject, String kind, Long programmeId, MailStatus status, int attempts, String lastError,
        Instant sentAt, String body, CalendarPart calendar) {

    static OutboxEntry summary(OutboxMessage m) {
        return of(m, null, null);
    }

    static OutboxEntry detail(OutboxMessage m) {
        return of(m, m.body(), m.calendar());
    }

    private static OutboxEntry of(OutboxMessage m, String body, CalendarPart calendar) {
        return new OutboxEntry(m.id(), m.createdAt(), m.recipient(), m.recipientName(), m.language(), m.subject(),
                m.kind(), m.programmeId(), m.status(), m.attempts(), m.lastError(), m.sentAt(), body, calendar);
    }
}
