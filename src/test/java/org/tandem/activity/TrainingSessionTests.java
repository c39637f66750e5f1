package org.tandem.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.shared.FieldException;

/** A training session refuses bad input at the field it belongs to. */
class TrainingSessionTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);
    private static final LocalDateTime START = NOW.plusDays(3);

    @Test
    void aSessionInThePastIsRefused() {
        assertRefused(() -> new TrainingSession(1, 2, details(NOW.minusHours(1), NOW.plusHours(2), 10), NOW),
                "startsAt", "training.session.past");
    }

    @Test
    void anEndBeforeOrAtItsStartIsRefused() {
        assertRefused(() -> new TrainingSession(1, 2, details(START, START.minusMinutes(30), 10), NOW),
                "endsAt", "training.session.endBeforeStart");
        assertRefused(() -> new TrainingSession(1, 2, details(START, START, 10), NOW),
                "endsAt", "training.session.endBeforeStart");
    }

    @Test
    void theCapacityCannotGoBelowThoseAlreadyPresent_norTheAttendanceAboveIt() {
        var session = new TrainingSession(1, 2, details(START, START.plusHours(3), 3), NOW);
        session.recordAttendance(Set.of(11L, 12L, 13L));
        assertRefused(() -> session.change(details(START, START.plusHours(3), 2), NOW), "capacity",
                "training.session.capacity.belowPresent");
        assertRefused(() -> session.recordAttendance(Set.of(11L, 12L, 13L, 14L)), "present",
                "training.session.overCapacity");
        assertRefused(() -> session.change(details(START, START.plusHours(3), 0), NOW), "capacity",
                "training.session.capacity.min");
        assertThat(session.present()).containsExactlyInAnyOrder(11L, 12L, 13L);
        assertThat(session.capacity()).isEqualTo(3);
    }

    @Test
    void aPastSessionCanStillBeCorrected_aslongAsItsStartStays() {
        var session = new TrainingSession(1, 2, details(START, START.plusHours(3), 10), NOW);
        var later = START.plusDays(1);
        session.change(new SessionDetails(START, START.plusHours(4), null, null, "Room 2", "Other", 12, null), later);
        assertThat(session.place()).isEqualTo("Room 2");
        assertRefused(() -> session.change(details(START.minusDays(1), START.plusHours(3), 10), later), "startsAt",
                "training.session.past");
    }

    @Test
    void aSessionTakesPlaceSomewhere_onlineLinksAreWebAddresses() {
        assertRefused(() -> new TrainingSession(1, 2, new SessionDetails(START, START.plusHours(1), null, " ", " ",
                null, 5, null), NOW), "place", "training.session.where");
        assertRefused(() -> new TrainingSession(1, 2, new SessionDetails(START, START.plusHours(1), null,
                "javascript:alert(1)", null, null, 5, null), NOW), "onlineLink", "training.session.link");
        var online = new TrainingSession(1, 2, new SessionDetails(START, START.plusHours(1), null,
                " https://meet.example.org/abc ", null, null, 5, null), NOW);
        assertThat(online.onlineLink()).isEqualTo("https://meet.example.org/abc");
    }

    private static SessionDetails details(LocalDateTime start, LocalDateTime end, int capacity) {
        return new SessionDetails(start, end, null, null, "Room 1", "Trainer", capacity, null);
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
