package org.tandem.activity.intervision;

import java.time.ZoneId;
import org.tandem.activity.calendar.ActivityKind;
import org.tandem.activity.calendar.CalendarEntry;

/** How an intervision session appears in calendars: uid {@code intervision-session-<id>@tandem}, sequence its version. */
final class IntervisionEntries {

    static final String PREFIX = "intervision-session-";
    static final String SUFFIX = "@tandem";

    private IntervisionEntries() {
    }

    static CalendarEntry entry(IntervisionSession session, IntervisionGroup group, ZoneId zone,
            CalendarEntry.Participation participation, String path) {
        return new CalendarEntry(PREFIX + session.id() + SUFFIX, session.version(), ActivityKind.INTERVISION,
                session.programmeId(), group.name(), session.startsAt(), session.endsAt(), zone, session.place(),
                session.onlineLink(), session.cancelled(), path, participation, null);
    }

    /** The session id an entry of this kind names, or null when another kind made it. */
    static Long sessionId(CalendarEntry entry) {
        String uid = entry.uid();
        if (uid == null || !uid.startsWith(PREFIX) || !uid.endsWith(SUFFIX)) {
            return null;
        }
        try {
            return Long.parseLong(uid.substring(PREFIX.length(), uid.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
