package org.tandem.reporting;

import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One line of the coordinator's day: what, how many, where it is done.
 *
 * @param count       how many things wait (applications, duos, registrations, ...)
 * @param urgent      how many of them are overdue (0 when the kind has no deadline)
 * @param secondary   a second figure where the kind has one: the waiting list of an activity, the response rate in
 *                    percent of a survey wave; else {@code null}
 * @param subject     what the line is about within the programme (a cohort, an activity, a wave), or {@code null}
 * @param when        when an activity starts, else {@code null}
 * @param link        the page where it is done
 */
public record DayItem(DayItemKind kind, long programmeId, String programmeName, String subject, long count,
        long urgent, Long secondary, LocalDateTime when, String link) {

    /** Overdue work first, then by kind, then the soonest or largest. */
    public static final Comparator<DayItem> URGENCY = Comparator
            .comparing((DayItem i) -> i.urgent() == 0)
            .thenComparing(DayItem::kind)
            .thenComparing(DayItem::when, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DayItem::urgent, Comparator.reverseOrder())
            .thenComparing(DayItem::count, Comparator.reverseOrder())
            .thenComparing(DayItem::programmeName)
            .thenComparing(i -> i.subject() == null ? "" : i.subject());
}
