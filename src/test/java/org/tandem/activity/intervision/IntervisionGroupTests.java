package org.tandem.activity.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tandem.shared.FieldException;

/** A group's own rules: its details, members once each, advised size and the maximum, the facilitator's address. */
class IntervisionGroupTests {

    private static GroupDetails details(String name, String facilitator, String email) {
        return new GroupDetails(name, null, null, facilitator, email, null);
    }

    @Test
    void refusesMissingOrBadDetailsAtTheirField() {
        assertRefused(() -> new IntervisionGroup(1, details(" ", "Fenna", "f@example.org"), null), "name");
        assertRefused(() -> new IntervisionGroup(1, details("x".repeat(121), "Fenna", "f@example.org"), null),
                "name");
        assertRefused(() -> new IntervisionGroup(1, details("Groep", null, "f@example.org"), null),
                "facilitatorName");
        assertRefused(() -> new IntervisionGroup(1, details("Groep", "Fenna", "fenna"), null), "facilitatorEmail");
        var group = new IntervisionGroup(1, details(" Groep ", "Fenna", " Fenna@Example.org "), 7L);
        assertThat(group.name()).isEqualTo("Groep");
        assertThat(group.facilitatorEmail()).isEqualTo("fenna@example.org");
        assertThat(group.facilitatedBy("FENNA@example.org")).isTrue();
        assertThat(group.facilitatedBy("other@example.org")).isFalse();
    }

    @Test
    void membersOnceEach_sizeAdvisedFourToEight_neverMoreThanTheMaximum() {
        var group = new IntervisionGroup(1, details("Groep", "Fenna", "f@example.org"), null);
        for (long id = 1; id <= 3; id++) {
            group.add(id);
        }
        assertThat(group.sizeAdvice()).isEqualTo("SMALL");
        assertRefused(() -> group.add(2), "enrolmentId");
        group.add(4);
        assertThat(group.sizeAdvice()).isNull();
        for (long id = 5; id <= 9; id++) {
            group.add(id);
        }
        assertThat(group.sizeAdvice()).isEqualTo("LARGE");
        for (long id = 10; id <= IntervisionGroup.MAX_MEMBERS; id++) {
            group.add(id);
        }
        assertThatThrownBy(() -> group.add(99)).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.code()).isEqualTo("intervision.member.full"));
        group.remove(9);
        assertThat(group.hasMember(9)).isFalse();
        assertRefused(() -> group.remove(9), "enrolmentId");
    }

    private static void assertRefused(Runnable work, String field) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
