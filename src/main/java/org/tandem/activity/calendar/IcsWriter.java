package org.tandem.activity.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes calendar entries as iCalendar (RFC 5545 / iTIP): an invite or its update (METHOD:REQUEST, the same UID with
 * the entry's SEQUENCE), a cancel (METHOD:CANCEL), and a feed of many events. Every time carries its TZID, and the
 * VTIMEZONE of every zone used is included, so Outlook, Google and Apple Calendar show the site's wall-clock time.
 */
public final class IcsWriter {

    static final String PRODUCT = "-//Tandem//Activities//EN";

    private final String baseUrl;
    private final String organizerEmail;
    private final String organizerName;

    /**
     * @param baseUrl        where Tandem is reached, for each event's URL
     * @param organizerEmail the mailbox replies go to (the programme's, or Tandem's from-address)
     */
    public IcsWriter(String baseUrl, String organizerEmail, String organizerName) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.organizerEmail = organizerEmail;
        this.organizerName = organizerName;
    }

    /** An invite, or the update of one (same uid, higher sequence), to one attendee. */
    public String request(CalendarEntry entry, String attendeeEmail, String attendeeName, Instant now) {
        var calendar = calendar(ImmutableMethod.REQUEST, Set.of(entry.zone()));
        calendar.add(event(entry, now, attendeeEmail, attendeeName, entry.cancelled()));
        return write(calendar);
    }

    /** Takes the entry out of the attendee's calendar: their place is gone, or the activity is called off. */
    public String cancel(CalendarEntry entry, String attendeeEmail, String attendeeName, Instant now) {
        var calendar = calendar(ImmutableMethod.CANCEL, Set.of(entry.zone()));
        calendar.add(event(entry, now, attendeeEmail, attendeeName, true));
        return write(calendar);
    }

    /** A subscribed calendar: all entries, no attendees; called-off ones stay in as CANCELLED. */
    public String feed(String name, Collection<CalendarEntry> entries, Instant now) {
        var zones = new LinkedHashSet<ZoneId>();
        entries.forEach(e -> zones.add(e.zone()));
        var calendar = calendar(ImmutableMethod.PUBLISH, zones);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (var entry : entries) {
            calendar.add(event(entry, now, null, null, entry.cancelled()));
        }
        return write(calendar);
    }

    private static Calendar calendar(Method method, Collection<ZoneId> zones) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        zones.stream().distinct().sorted(java.util.Comparator.comparing(ZoneId::getId))
                .forEach(zone -> calendar.add(timeZone(zone)));
        return calendar;
    }

    /**
     * The zone's current rules as a VTIMEZONE under the zone's own id: short (no history back to 1880) and true to
     * the name the events use (tz data links Europe/Amsterdam to Europe/Brussels, whose history a registry would
     * give). Zones with no daylight saving get one STANDARD observance.
     */
    static VTimeZone timeZone(ZoneId zone) {
        var rules = zone.getRules();
        var observances = new java.util.ArrayList<Observance>();
        var transitions = rules.getTransitionRules();
        if (transitions.isEmpty()) {
            var offset = rules.getOffset(Instant.EPOCH.plusSeconds(86_400L * 365 * 50));
            var standard = new Standard();
            standard.add(new TzName(offset.getId()));
            standard.add(new TzOffsetFrom(offset));
            standard.add(new TzOffsetTo(offset));
            standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
            observances.add(standard);
        } else {
            for (var rule : transitions) {
                var transition = rule.createTransition(1970);
                boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
                Observance observance = daylight ? new Daylight() : new Standard();
                observance.add(new TzName(shortName(zone, daylight)));
                observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
                observance.add(new TzOffsetTo(rule.getOffsetAfter()));
                observance.add(new DtStart<>(transition.getDateTimeBefore()));
                observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY="
                        + byDay(rule)));
                observances.add(observance);
            }
        }
        var timeZone = new VTimeZone(new ComponentList<>(observances));
        timeZone.add(new TzId(zone.getId()));
        return timeZone;
    }

    private static String shortName(ZoneId zone, boolean daylight) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT)
                .format(java.time.ZonedDateTime.of(2026, daylight ? 7 : 1, 15, 12, 0, 0, 0, zone));
    }

    /** The rule's day as BYDAY: the last weekday of the month (e.g. -1SU) or the n-th one. */
    private static String byDay(java.time.zone.ZoneOffsetTransitionRule rule) {
        String day = rule.getDayOfWeek().name().substring(0, 2);
        int indicator = rule.getDayOfMonthIndicator();
        if (indicator < 0 || indicator + 6 >= rule.getMonth().minLength()) {
            return "-1" + day;
        }
        return ((indicator - 1) / 7 + 1) + day;
    }

    private VEvent event(CalendarEntry entry, Instant now, String attendeeEmail, String attendeeName,
            boolean cancelled) {
        var start = ZonedDateTime.of(entry.startsAt(), entry.zone());
        var end = ZonedDateTime.of(entry.endsAt(), entry.zone());
        var event = new VEvent(start, end, entry.title());
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, entry.sequence())));
        String where = where(entry);
        if (where != null) {
            event.add(new Location(where));
        }
        if (entry.path() != null) {
            event.add(new Url(URI.create(baseUrl + entry.path())));
        }
        var organizer = new Organizer(URI.create("mailto:" + organizerEmail));
        if (organizerName != null) {
            organizer.add(new Cn(organizerName));
        }
        event.add(organizer);
        if (attendeeEmail != null) {
            var attendee = new Attendee(URI.create("mailto:" + attendeeEmail));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(cancelled ? PartStat.DECLINED : PartStat.ACCEPTED);
            attendee.add(Rsvp.FALSE);
            if (attendeeName != null) {
                attendee.add(new Cn(attendeeName));
            }
            event.add(attendee);
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /** The place, and the online link when there is one (calendar apps make it clickable there). */
    static String where(CalendarEntry entry) {
        String place = blank(entry.location()) ? null : entry.location().strip();
        String link = blank(entry.onlineLink()) ? null : entry.onlineLink().strip();
        if (place != null && link != null) {
            return place + " / " + link;
        }
        return place != null ? place : link;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String write(Calendar calendar) {
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }
}
