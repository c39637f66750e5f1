package org.tandem.activity.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.shared.FieldException;

/** A session's own rules: when and where, calling off, attendance and the record only once it has begun. */
class IntervisionSessionTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 12, 0);

    private static IntervisionSession session(LocalDateTime start) {
        return new IntervisionSession(1, 1, start, start.plusHours(2), "Wijkcentrum", null, NOW);
    }

    @Test
    void aStartInThePastOrAnEndBeforeTheStartIsRefused_aHeldSessionKeepsItsStart() {
        assertRefused(() -> session(NOW.minusMinutes(1)), "startsAt", "intervision.session.past");
        assertRefused(() -> new IntervisionSession(1, 1, NOW.plusDays(1), NOW.plusDays(1), "Room", null, NOW),
                "endsAt", "intervision.session.endBeforeStart");
        var s = session(NOW.plusDays(1));
        // later, once it has begun: its start may stay as it is while the end moves
        s.change(new SessionPlan(NOW.plusDays(1), NOW.plusDays(1).plusHours(3), "Room", null, null, null, null),
                NOW.plusDays(2));
        assertThat(s.endsAt()).isEqualTo(NOW.plusDays(1).plusHours(3));
    }

    @Test
    void attendanceListsEveryMember_presentOrNot_andALeaverKeepsTheirLine() {
        var s = session(NOW.plusDays(1));
        assertRefused(() -> s.recordAttendance(Set.of(1L), Set.of(1L, 2L), NOW), "present",
                "intervision.session.notYet");
        s.recordAttendance(Set.of(1L), Set.of(1L, 2L, 3L), NOW.plusDays(1));
        assertThat(s.attendance()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(1L, true, 2L, false, 3L, false));
        // member 3 left the group since; 4 joined
        s.recordAttendance(Set.of(3L, 4L), Set.of(1L, 2L, 4L), NOW.plusDays(1));
        assertThat(s.attendance()).containsEntry(3L, true).containsEntry(4L, true).containsEntry(1L, false);
        assertRefused(() -> s.recordAttendance(Set.of(9L), Set.of(1L), NOW.plusDays(1)), "present",
                "intervision.attendance.notMember");
    }

    @Test
    void aCalledOffSessionTakesNoChangeNoAttendanceNoRecord() {
        var s = session(NOW.plusDays(1));
        s.cancel(NOW);
        assertThat(s.upcoming(NOW)).isFalse();
        assertRefused(() -> s.cancel(NOW), "startsAt", "intervision.session.cancelled");
        assertRefused(() -> s.recordAttendance(Set.of(), Set.of(1L), NOW.plusDays(2)), "present",
                "intervision.session.cancelled");
        assertRefused(() -> s.record(Set.of(IntervisionTheme.NETWORK), null, null, "x", Instant.now(),
                NOW.plusDays(2)), "themes", "intervision.session.cancelled");
        var held = session(NOW.plusDays(1));
        assertRefused(() -> held.cancel(NOW.plusDays(1)), "startsAt", "intervision.session.begun");
        assertRefused(() -> held.record(Set.of(), null, "x".repeat(10), "x", Instant.now(), NOW.plusDays(1)),
                "themes", "intervision.record.theme.required");
        assertRefused(() -> held.record(Set.of(IntervisionTheme.NETWORK), null, "x".repeat(1001), "x",
                Instant.now(), NOW.plusDays(1)), "note", "intervision.text.long");
    }

    private static void assertRefused(Runnable work, String field, String code) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
