package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.NotFoundException;

/** The targets' history: the current month follows the data, a closed month never does again. */
@IntegrationTest
class MetricHistoryTests {

    @Autowired
    ParticipantFixture participants;

    @Autowired
    ReportingData data;

    @Autowired
    MetricHistory history;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Test
    void theCurrentMonthIsMeasuredAgainOnDemandAndAClosedMonthIsNeverRecomputed() {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long programme = setup.programmeId();
        mentees(setup, 2);

        var now = accounts.callAs(TestUsers.COORDINATOR, () -> history.recordCurrentMonth(programme));
        assertThat(history.path(programme)).containsExactly(
                new MetricPoint(Metric.MENTEES_ENROLLED, now, 2.0, false));

        mentees(setup, 1);
        accounts.callAs(TestUsers.COORDINATOR, () -> history.recordCurrentMonth(programme));
        assertThat(history.path(programme)).containsExactly(
                new MetricPoint(Metric.MENTEES_ENROLLED, now, 3.0, false));

        assertThat(history.closeLastMonth()).isPositive();
        mentees(setup, 4);
        assertThat(history.closeLastMonth()).isZero();
        assertThat(history.path(programme)).containsExactly(
                new MetricPoint(Metric.MENTEES_ENROLLED, now.minusMonths(1), 3.0, true),
                new MetricPoint(Metric.MENTEES_ENROLLED, now, 3.0, false));
    }

    @Test
    void valuesFromBeforeAreCarriedOverClosedWithoutOverwritingWhatWasKept() {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long programme = setup.programmeId();
        var past = YearMonth.now().minusMonths(3);

        history.carryOver(programme, past, Map.of(Metric.MENTEES_ENROLLED, 1.0));
        history.carryOver(programme, past, Map.of(Metric.MENTEES_ENROLLED, 9.0, Metric.DUOS_FORMED, 0.0));

        assertThat(history.path(programme)).containsExactly(
                new MetricPoint(Metric.DUOS_FORMED, past, 0.0, true),
                new MetricPoint(Metric.MENTEES_ENROLLED, past, 1.0, true));
        assertThatThrownBy(() -> history.carryOver(programme, YearMonth.now(), Map.of(Metric.SITES, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheProgrammesCoordinatorsRecordOnDemand() {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);

        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> history.recordCurrentMonth(setup.programmeId()))).isInstanceOf(NotFoundException.class);
        assertThat(history.path(setup.programmeId())).isEmpty();
    }

    private void mentees(ParticipantFixture.Setup setup, int count) {
        for (int i = 0; i < count; i++) {
            data.enrolment(setup.programmeId(), setup.cohortId(), setup.siteId(), ParticipantRole.MENTEE,
                    Instant.now(), EnrolmentStatus.APPLIED);
        }
        data.flush();
    }
}
