package org.tandem.activity.intervision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/**
 * An intervision session as its coordinators and facilitator see it: attendance per member as recorded (empty
 * until it is), and the session record.
 */
public record IntervisionSessionView(long id, long groupId, long programmeId, LocalDateTime startsAt,
        LocalDateTime endsAt, String place, String onlineLink, boolean cancelled, boolean begun,
        Map<Long, Boolean> attendance, long presentCount, Set<IntervisionTheme> themes, String otherTheme,
        String note, String recordedBy, Instant recordedAt, long version) {

    static IntervisionSessionView from(IntervisionSession s, LocalDateTime now) {
        var attendance = s.attendance();
        return new IntervisionSessionView(s.id(), s.groupId(), s.programmeId(), s.startsAt(), s.endsAt(), s.place(),
                s.onlineLink(), s.cancelled(), !s.startsAt().isAfter(now), attendance,
                attendance.values().stream().filter(Boolean::booleanValue).count(), s.themes(), s.otherTheme(),
                s.note(), s.recordedBy(), s.recordedAt(), s.version());
    }

    public boolean attendanceRecorded() {
        return !attendance.isEmpty();
    }

    public boolean recorded() {
        return recordedAt != null;
    }
}
