package org.tandem.notification;

/**
 * The calendar part of a mail: an iCalendar text with its iTIP method, sent as a {@code text/calendar} alternative
 * (so mail programs show accept buttons) and as an {@code invite.ics} attachment.
 */
public record CalendarPart(Method method, String ics) {

    public enum Method { REQUEST, CANCEL }

    public static final int MAX_LENGTH = 20_000;

    public CalendarPart {
        if (method == null || ics == null || ics.isBlank()) {
            throw new IllegalArgumentException("a calendar part needs a method and its text");
        }
        if (ics.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a calendar part holds at most " + MAX_LENGTH + " characters");
        }
    }
}
