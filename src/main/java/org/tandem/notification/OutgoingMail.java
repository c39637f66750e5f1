package org.tandem.notification;

import java.util.Locale;

/**
 * A rendered mail to queue: the caller writes subject and body in the recipient's language. The programme id
 * scopes who may read it in the outbox (none: admins only); the kind says what it is, e.g. "invitation". A calendar
 * part (an ICS invite or cancel) is optional.
 */
public record OutgoingMail(String to, String recipientName, String language, String subject, String body,
        Long programmeId, String kind, CalendarPart calendar) {

    public OutgoingMail {
        if (to == null || to.isBlank() || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject and a body");
        }
        language = language == null || language.isBlank() ? "nl" : language.trim().toLowerCase(Locale.ROOT);
    }

    public OutgoingMail(String to, String recipientName, String language, String subject, String body,
            Long programmeId, String kind) {
        this(to, recipientName, language, subject, body, programmeId, kind, null);
    }

    public OutgoingMail(String to, String recipientName, Locale locale, String subject, String body,
            Long programmeId, String kind) {
        this(to, recipientName, locale, subject, body, programmeId, kind, null);
    }

    public OutgoingMail(String to, String recipientName, Locale locale, String subject, String body,
            Long programmeId, String kind, CalendarPart calendar) {
        this(to, recipientName, locale == null ? null : locale.getLanguage(), subject, body, programmeId, kind,
                calendar);
    }

    @Override
    public String toString() {
        return "OutgoingMail[to=" + to + ", kind=" + kind + ", programmeId=" + programmeId
                + (calendar == null ? "" : ", calendar=" + calendar.method()) + "]";
    }
}
