package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;

/** The duo's own rules: which step is allowed when, and what each step leaves behind. */
class DuoTests {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Duo proposed(int capacity) {
        return Duo.propose(new DuoProposal(1, 2, 3, 4, 5), 1, capacity, T0);
    }

    private static Duo confirmed() {
        var duo = proposed(1);
        duo.confirmBy(DuoSide.MENTOR, "mentor@x", false, T0.plusSeconds(60));
        duo.confirmBy(DuoSide.MENTEE, "coordinator@x", true, T0.plusSeconds(120));
        return duo;
    }

    private static Duo active() {
        var duo = confirmed();
        duo.agreementSigned(T0.plus(Duration.ofDays(2)), 0);
        return duo;
    }

    @Test
    void bothSidesSayingYesConfirms_oneSideIsNotEnough() {
        var duo = proposed(1);
        duo.confirmBy(DuoSide.MENTEE, "mentee@x", false, T0);
        assertThat(duo.state()).isEqualTo(DuoState.PROPOSED);
        assertThatThrownBy(() -> duo.confirmBy(DuoSide.MENTEE, "mentee@x", false, T0))
                .hasMessage("duo.confirm.already");
        duo.confirmBy(DuoSide.MENTOR, "coordinator@x", true, T0.plusSeconds(5));
        assertThat(duo.state()).isEqualTo(DuoState.CONFIRMED);
        assertThat(duo.confirmedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(duo.confirmedOnBehalf(DuoSide.MENTOR)).isTrue();
        assertThat(duo.confirmedOnBehalf(DuoSide.MENTEE)).isFalse();
        assertThat(duo.confirmedBy(DuoSide.MENTOR)).isEqualTo("coordinator@x");
    }

    @Test
    void theConfirmationWindowRunsFromTheIntroduction() {
        var duo = proposed(1);
        var window = Duration.ofHours(24);
        assertThat(duo.confirmationDue(window)).isEqualTo(T0.plus(window));
        assertThat(duo.confirmationOverdue(window, T0.plus(window))).isFalse();
        assertThat(duo.confirmationOverdue(window, T0.plus(window).plusSeconds(1))).isTrue();
        duo.planIntroduction(T0.plus(Duration.ofDays(3)));
        assertThat(duo.confirmationOverdue(window, T0.plus(Duration.ofDays(3)).plus(window))).isFalse();
        assertThat(duo.confirmationOverdue(window, T0.plus(Duration.ofDays(4)).plusSeconds(1))).isTrue();
        var confirmed = confirmed();
        assertThat(confirmed.confirmationOverdue(window, T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aDeclineNeedsAReasonEndsTheProposalAndGivesThePlaceBack() {
        var duo = proposed(2);
        assertThatThrownBy(() -> duo.declineBy(DuoSide.MENTEE, null, null, TODAY, "mentee@x", T0))
                .isInstanceOf(FieldException.class).hasMessage("duo.reason.required");
        assertThatThrownBy(() -> duo.declineBy(DuoSide.MENTEE, EndReason.MENTEE_FOUND_WORK, null, TODAY, "m", T0))
                .hasMessage("duo.reason.required");
        assertThatThrownBy(() -> duo.declineBy(DuoSide.MENTEE, EndReason.OTHER, " ", TODAY, "mentee@x", T0))
                .hasMessage("duo.note.required");
        duo.declineBy(DuoSide.MENTEE, EndReason.NO_CLICK, null, TODAY, "mentee@x", T0);
        assertThat(duo.state()).isEqualTo(DuoState.DECLINED);
        assertThat(duo.declinedBySide()).isEqualTo(DuoSide.MENTEE);
        assertThat(duo.mentorSlot()).isNull();
        assertThat(duo.endedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> duo.confirmBy(DuoSide.MENTOR, "mentor@x", false, T0))
                .hasMessage("duo.state.illegal");
    }

    @Test
    void aConfirmedDuoCannotBeDeclinedButCanEndEarly() {
        var duo = confirmed();
        assertThatThrownBy(() -> duo.declineBy(DuoSide.MENTOR, EndReason.NO_TIME, null, TODAY, "m", T0))
                .hasMessage("duo.state.illegal");
        assertThatThrownBy(() -> duo.complete(TODAY, true, "c", T0)).hasMessage("duo.state.illegal");
        duo.endEarly(EndReason.NO_CONTACT, null, TODAY, null, "coordinator@x", T0);
        assertThat(duo.state()).isEqualTo(DuoState.ENDED_EARLY);
        assertThat(duo.mentorSlot()).isNull();
    }

    @Test
    void signingStartsAConfirmedDuoOnly() {
        assertThatThrownBy(() -> proposed(1).agreementSigned(T0, 0)).hasMessage("duo.state.illegal");
        var duo = active();
        assertThat(duo.state()).isEqualTo(DuoState.ACTIVE);
        Instant started = duo.activatedAt();
        duo.agreementSigned(T0.plus(Duration.ofDays(40)), 0);
        assertThat(duo.activatedAt()).isEqualTo(started);
    }

    @Test
    void pauseNeedsAReasonAndResumesToActive() {
        var duo = active();
        assertThatThrownBy(() -> duo.pause(" ", T0)).hasMessage("duo.pause.reason.required");
        assertThatThrownBy(duo::resume).hasMessage("duo.state.illegal");
        duo.pause("mentee ill", T0.plus(Duration.ofDays(10)));
        assertThat(duo.state()).isEqualTo(DuoState.PAUSED);
        assertThat(duo.pauseReason()).isEqualTo("mentee ill");
        assertThatThrownBy(() -> duo.pause("again", T0)).hasMessage("duo.state.illegal");
        duo.resume();
        assertThat(duo.state()).isEqualTo(DuoState.ACTIVE);
        assertThat(duo.pausedAt()).isNull();
    }

    @Test
    void completionNeedsADateNotBeforeTheStart_andClosedDuosTakeNoMoreSteps() {
        var duo = active();
        assertThatThrownBy(() -> duo.complete(null, true, "c", T0)).hasMessage("duo.endedOn.required");
        assertThatThrownBy(() -> duo.complete(LocalDate.of(2026, 11, 1), true, "c", T0))
                .hasMessage("duo.endedOn.beforeStart");
        duo.complete(LocalDate.of(2027, 6, 1), true, "coordinator@x", T0);
        assertThat(duo.state()).isEqualTo(DuoState.COMPLETED);
        assertThat(duo.mentorContinues()).isTrue();
        assertThat(duo.mentorSlot()).isNull();
        assertThatThrownBy(() -> duo.endEarly(EndReason.OTHER, "x", TODAY, null, "c", T0))
                .hasMessage("duo.state.illegal");
        assertThatThrownBy(() -> duo.pause("x", T0)).hasMessage("duo.state.illegal");
        duo.mentorContinues(false);
        assertThat(duo.mentorContinues()).isFalse();
        assertThatThrownBy(() -> active().mentorContinues(true)).isInstanceOf(DomainException.class);
    }

    @Test
    void endingEarlyNeedsAReasonAndWordsForOther() {
        var duo = active();
        assertThatThrownBy(() -> duo.endEarly(null, null, TODAY, null, "c", T0)).hasMessage("duo.reason.required");
        assertThatThrownBy(() -> duo.endEarly(EndReason.OTHER, "", TODAY, null, "c", T0))
                .hasMessage("duo.note.required");
        duo.pause("holiday", T0);
        duo.endEarly(EndReason.MENTEE_FOUND_WORK, "  at the port ", TODAY.plusDays(20), false, "c", T0);
        assertThat(duo.state()).isEqualTo(DuoState.ENDED_EARLY);
        assertThat(duo.endNote()).isEqualTo("at the port");
        assertThat(duo.endReason()).isEqualTo(EndReason.MENTEE_FOUND_WORK);
        assertThat(duo.pausedAt()).isNull();
    }

    @Test
    void aMentorPlaceOutsideTheCapacityIsRefused() {
        assertThatThrownBy(() -> Duo.propose(new DuoProposal(1, 2, 3, 4, 5), 2, 1, T0))
                .hasMessage("duo.capacity.full");
        assertThatThrownBy(() -> Duo.propose(new DuoProposal(1, 1, 3, 4, 5), 1, 1, T0))
                .hasMessage("duo.samePerson");
    }

    @Test
    void theMeetingTallyCountsSinceTheStartOnlyWhatWasHeldOnOrAfterItsFirstDay() {
        var zone = java.time.ZoneOffset.UTC;
        var duo = confirmed();
        duo.meetingLogged(TODAY.plusDays(1), zone);
        duo.agreementSigned(T0.plus(Duration.ofDays(2)), 0);
        assertThat(duo.meetingsLogged()).isEqualTo(1);
        assertThat(duo.meetingsSinceStart()).isZero();
        duo.meetingLogged(TODAY.plusDays(2), zone);
        duo.meetingLogged(TODAY.plusDays(9), zone);
        duo.meetingLogged(TODAY.plusDays(5), zone);
        assertThat(duo.meetingsLogged()).isEqualTo(4);
        assertThat(duo.meetingsSinceStart()).isEqualTo(3);
        assertThat(duo.lastMetOn()).isEqualTo(TODAY.plusDays(9));
        duo.meetingDeleted(TODAY.plusDays(9), TODAY.plusDays(5), zone);
        duo.meetingDeleted(TODAY.plusDays(1), TODAY.plusDays(5), zone);
        assertThat(duo.meetingsLogged()).isEqualTo(2);
        assertThat(duo.meetingsSinceStart()).isEqualTo(2);
        assertThat(duo.lastMetOn()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void aDuoStartingCountsTheMeetingsAlreadyLoggedForItsFirstDay() {
        var duo = confirmed();
        duo.meetingLogged(TODAY.plusDays(2), java.time.ZoneOffset.UTC);
        duo.agreementSigned(T0.plus(Duration.ofDays(2)), 1);
        assertThat(duo.meetingsSinceStart()).isEqualTo(1);
        duo.agreementSigned(T0.plus(Duration.ofDays(3)), 5);
        assertThat(duo.meetingsSinceStart()).as("a later version leaves the running duo's tally").isEqualTo(1);
    }
}
