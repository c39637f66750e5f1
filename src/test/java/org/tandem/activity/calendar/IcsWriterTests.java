package org.tandem.activity.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the writer makes parses back, with ical4j's own parser and (where installed) Python's icalendar. */
class IcsWriterTests {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final IcsWriter WRITER = new IcsWriter("https://tandem.example/", "tandem@example.org", "Tandem");

    static CalendarEntry entry(long id, long sequence, String zone, LocalDateTime start, boolean cancelled) {
        return new CalendarEntry("workshop-" + id + "@tandem", sequence, ActivityKind.WORKSHOP, 7, "Sollicit\u00e9ren; CV, brief",
                start, start.plusHours(2), ZoneId.of(zone), "Buurthuis De Pijp", "https://meet.example/x",
                cancelled, "/workshops/" + id, CalendarEntry.Participation.REGISTERED, null);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void anInviteIsARequestWithTheZoneItsTimesAreIn() throws Exception {
        var start = LocalDateTime.of(2026, 12, 10, 19, 30);
        var calendar = parse(WRITER.request(entry(12, 3, "Europe/Brussels", start, false), "amal@example.org",
                "Amal", NOW));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> value(z, Property.TZID))
                .containsExactly("Europe/Brussels");
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(event, Property.UID)).isEqualTo("workshop-12@tandem");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Sollicit\u00e9ren; CV, brief");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Buurthuis De Pijp / https://meet.example/x");
        assertThat(value(event, Property.URL)).isEqualTo("https://tandem.example/workshops/12");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:tandem@example.org");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:amal@example.org");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        var dtStart = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(dtStart.getValue()).isEqualTo("20261210T193000");
        assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Brussels");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261210T213000");
        // Brussels is UTC+1 in December: the instant is right, whichever zone a reader converts to
        assertThat(event.getDateTimeStart().getDate().toString()).contains("2026-12-10T19:30");
    }

    @Test
    void theTimeZoneCarriesTheSummerAndWinterOffsetsUnderTheZonesOwnName() throws Exception {
        var summer = parse(WRITER.request(entry(3, 0, "Europe/Amsterdam", LocalDateTime.of(2027, 7, 1, 10, 0), false),
                "a@example.org", null, NOW));
        VTimeZone zone = summer.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
        assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Amsterdam");
        assertThat(zone.getObservances()).extracting(o -> value(o, Property.TZOFFSETTO))
                .containsExactlyInAnyOrder("+0200", "+0100");
        var asRead = new net.fortuna.ical4j.model.TimeZone(zone);
        assertThat(asRead.getOffset(Instant.parse("2027-07-01T08:00:00Z").toEpochMilli())).isEqualTo(7_200_000);
        assertThat(asRead.getOffset(Instant.parse("2027-01-01T08:00:00Z").toEpochMilli())).isEqualTo(3_600_000);
    }

    @Test
    void anUpdateKeepsTheUidWithAHigherSequenceAndACancelSaysCancel() throws Exception {
        var start = LocalDateTime.of(2026, 12, 10, 19, 30);
        var update = parse(WRITER.request(entry(12, 4, "Europe/Amsterdam", start.plusDays(1), false), "a@example.org",
                null, NOW)).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(update, Property.UID)).isEqualTo("workshop-12@tandem");
        assertThat(value(update, Property.SEQUENCE)).isEqualTo("4");
        var cancel = parse(WRITER.cancel(entry(12, 5, "Europe/Amsterdam", start, true), "a@example.org", null, NOW));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelled = cancel.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(cancelled, Property.UID)).isEqualTo("workshop-12@tandem");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("5");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aFeedHoldsEveryEntryAndEachZoneUsedOnce() throws Exception {
        var start = LocalDateTime.of(2026, 12, 1, 10, 0);
        var entries = new ArrayList<CalendarEntry>();
        String[] zones = {"Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"};
        for (int i = 0; i < 30; i++) {
            entries.add(entry(i, 0, zones[i % 3], start.plusDays(i), i == 5));
        }
        var calendar = parse(WRITER.feed("Tandem", entries, NOW));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> value(z, Property.TZID))
                .containsExactly("Europe/Amsterdam", "Europe/Brussels", "Europe/Paris");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(30);
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.ATTENDEE)).isEmpty());
        assertThat(value(events.get(5), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(events.stream().map(e -> value(e, Property.UID)).distinct()).hasSize(30);
    }

    @Test
    void pythonsIcalendarReadsTheInviteAndTheFeed() throws Exception {
        Assumptions.assumeTrue(pythonIcalendar(), "python3-icalendar not installed: apt-get install python3-icalendar");
        var start = LocalDateTime.of(2026, 12, 10, 19, 30);
        String invite = WRITER.request(entry(12, 3, "Europe/Paris", start, false), "a@example.org", "A", NOW);
        String feed = WRITER.feed("Tandem", List.of(entry(1, 0, "Europe/Amsterdam", start, false),
                entry(2, 1, "Europe/Paris", start.plusDays(1), true)), NOW);
        assertThat(python(invite)).isEqualTo("REQUEST|workshop-12@tandem|3|2026-12-10 19:30:00+01:00|Europe/Paris");
        assertThat(python(feed)).isEqualTo("PUBLISH|workshop-1@tandem|0|2026-12-10 19:30:00+01:00|Europe/Amsterdam;"
                + "workshop-2@tandem|1|2026-12-11 19:30:00+01:00|Europe/Paris");
    }

    /** Debian's Python, where apt-get install python3-icalendar puts the package (not a pyenv shim's). */
    static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    static boolean pythonIcalendar() throws Exception {
        try {
            var process = new ProcessBuilder(PYTHON, "-c", "import icalendar").start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Method, then uid|sequence|start|tzid of each event, as Python's icalendar reads them. */
    static String python(String ics) throws Exception {
        Path file = Files.createTempFile("tandem", ".ics");
        Files.writeString(file, ics, StandardCharsets.UTF_8);
        String script = """
                import sys, icalendar
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                events = [e for e in cal.walk('VEVENT')]
                print(str(cal['METHOD']) + '|' + ';'.join('%s|%s|%s|%s' % (e['UID'], e['SEQUENCE'], e.decoded('DTSTART'),
                      e['DTSTART'].params['TZID']) for e in events))
                """;
        var process = new ProcessBuilder(PYTHON, "-c", script, file.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.deleteIfExists(file);
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
