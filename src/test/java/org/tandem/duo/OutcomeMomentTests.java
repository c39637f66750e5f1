package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeMomentTests {

    static final LocalDate ENDED = LocalDate.of(2026, 1, 31);

    @Test
    void theOutcomeAtTheEndMayBeRecordedFromTheEndAndIsNeverOverdue() {
        assertThat(OutcomeMoment.AT_END.openOn(ENDED, ENDED)).isTrue();
        assertThat(OutcomeMoment.AT_END.openOn(ENDED, ENDED.minusDays(1))).isFalse();
        assertThat(OutcomeMoment.AT_END.overdueOn(ENDED, ENDED.plusYears(2))).isFalse();
    }

    @Test
    void aFollowUpOpensTwoWeeksBeforeItIsDueAndIsOverdueFourWeeksAfter() {
        var due = LocalDate.of(2026, 4, 30);
        assertThat(OutcomeMoment.MONTHS_3.dueOn(ENDED)).isEqualTo(due);
        assertThat(OutcomeMoment.MONTHS_3.opensOn(ENDED)).isEqualTo(due.minusDays(14));
        assertThat(OutcomeMoment.MONTHS_3.openOn(ENDED, due.minusDays(15))).isFalse();
        assertThat(OutcomeMoment.MONTHS_3.openOn(ENDED, due.minusDays(14))).isTrue();
        assertThat(OutcomeMoment.MONTHS_3.overdueOn(ENDED, due.plusDays(28))).isFalse();
        assertThat(OutcomeMoment.MONTHS_3.overdueOn(ENDED, due.plusDays(29))).isTrue();

        var year = LocalDate.of(2027, 1, 31);
        assertThat(OutcomeMoment.MONTHS_12.dueOn(ENDED)).isEqualTo(year);
        assertThat(OutcomeMoment.MONTHS_12.openOn(ENDED, year.minusDays(15))).isFalse();
        assertThat(OutcomeMoment.MONTHS_12.openOn(ENDED, year.minusDays(14))).isTrue();
    }
}
