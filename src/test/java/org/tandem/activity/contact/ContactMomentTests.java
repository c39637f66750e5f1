package org.tandem.activity.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.shared.FieldException;

/** A contact moment refuses what cannot be: a past start, an end before it, a future held day, no mentor, no topic. */
class ContactMomentTests {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 12, 0);
    static final LocalDate TODAY = NOW.toLocalDate();

    static MomentRecording recording(LocalDate heldOn) {
        return new MomentRecording(null, null, heldOn, Set.of(Taker.MENTOR, Taker.EMPLOYER_CONTACT), null,
                Set.of(Topic.ROLE_IN_COMPANY), "Goed gesprek", null);
    }

    private static ContactMoment planned() {
        return ContactMoment.plan(1, 2, 3, 4L, new MomentPlanning(3L, 0, NOW.plusDays(1), NOW.plusDays(1).plusHours(1),
                "Kantine", null, null), NOW, "contact");
    }

    @Test
    void aPlannedMomentIsRecordedAsHeld_andThenNoLongerMovedOrCancelled() {
        var moment = planned();
        assertThat(moment.state()).isEqualTo(MomentState.PLANNED);
        moment.record(recording(TODAY), TODAY, Instant.now(), "contact");
        assertThat(moment.state()).isEqualTo(MomentState.HELD);
        assertThat(moment.topics()).containsExactly(Topic.ROLE_IN_COMPANY);
        assertRefused(moment::cancel, "state", "contact.moment.notPlanned");
        assertRefused(() -> moment.reschedule(new MomentPlanning(3L, 0, NOW.plusDays(3), NOW.plusDays(3).plusHours(1),
                null, null, null), NOW), "startsAt", "contact.moment.notPlanned");
    }

    @Test
    void badPlanningIsRefusedAtItsField() {
        assertRefused(() -> ContactMoment.plan(1, 2, 3, null, new MomentPlanning(3L, null, NOW.minusHours(1), NOW,
                null, null, null), NOW, "c"), "startsAt", "contact.moment.past");
        assertRefused(() -> ContactMoment.plan(1, 2, 3, null, new MomentPlanning(3L, null, NOW.plusDays(1),
                NOW.plusDays(1).minusHours(1), null, null, null), NOW, "c"), "endsAt", "contact.moment.endBeforeStart");
        assertRefused(() -> ContactMoment.plan(1, 2, 3, null, new MomentPlanning(3L, null, NOW.plusDays(1),
                NOW.plusDays(1).plusHours(1), null, "meet.example.org", null), NOW, "c"), "onlineLink",
                "contact.moment.link");
    }

    @Test
    void badRecordingIsRefusedAtItsField_andLeavesTheMomentAsItWas() {
        var moment = planned();
        assertRefused(() -> moment.record(recording(TODAY.plusDays(1)), TODAY, Instant.now(), "c"), "heldOn",
                "contact.moment.heldOn.future");
        assertRefused(() -> moment.record(new MomentRecording(null, null, TODAY, Set.of(Taker.EMPLOYER_CONTACT), null,
                Set.of(Topic.ROLE_IN_COMPANY), null, null), TODAY, Instant.now(), "c"), "tookPart",
                "contact.moment.tookPart.mentor");
        assertRefused(() -> moment.record(new MomentRecording(null, null, TODAY, Set.of(Taker.MENTOR), null,
                Set.of(), null, null), TODAY, Instant.now(), "c"), "topics", "contact.moment.topics.required");
        assertRefused(() -> moment.record(new MomentRecording(null, null, TODAY, Set.of(Taker.MENTOR), null,
                Set.of(Topic.WHAT_EMPLOYER_SEES), "x".repeat(1001), null), TODAY, Instant.now(), "c"), "note",
                "contact.moment.text.long");
        assertThat(moment.state()).isEqualTo(MomentState.PLANNED);
        assertThat(moment.heldOn()).isNull();
        moment.cancel();
        assertRefused(() -> moment.record(recording(TODAY), TODAY, Instant.now(), "c"), "heldOn",
                "contact.moment.cancelled");
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
