package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every health signal at its threshold: the day before no signal, on the day the signal. */
class HealthRulesTests {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final HealthThresholds DEFAULTS = HealthThresholds.defaults();

    static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(ZONE).toInstant();
    }

    static Duo proposed(Instant at) {
        return Duo.propose(new DuoProposal(1, 2, 3, 4, 5), 1, 1, at);
    }

    static Duo confirmed(Instant at) {
        var duo = proposed(at);
        duo.confirmBy(DuoSide.MENTOR, "mentor", false, at);
        duo.confirmBy(DuoSide.MENTEE, "mentee", false, at);
        return duo;
    }

    static Duo active(LocalDate start) {
        var duo = confirmed(at(start.minusDays(3)));
        duo.agreementSigned(at(start), 0);
        return duo;
    }

    /** The duo with these meetings logged (in this order), as the meeting log tells it. */
    static DuoFacts facts(Duo duo, List<LocalDate> meetings, DuoFacts.Agreement agreement) {
        meetings.forEach(day -> duo.meetingLogged(day, ZONE));
        return new DuoFacts(duo.vitals(), agreement);
    }

    static List<DuoSignal> on(LocalDate day, DuoFacts facts, HealthThresholds t) {
        return HealthRules.evaluate(facts, t, at(day), ZONE);
    }

    static List<HealthSignal> kinds(List<DuoSignal> signals) {
        return signals.stream().map(DuoSignal::signal).toList();
    }

    static DuoSignal only(HealthSignal kind, List<DuoSignal> signals) {
        return signals.stream().filter(s -> s.signal() == kind).findFirst().orElseThrow();
    }

    @Test
    void noMeetingCountsFromTheStartWhenNothingWasLogged() {
        var f = facts(active(START), List.of(), null);
        assertThat(kinds(on(START.plusDays(20), f, DEFAULTS))).doesNotContain(HealthSignal.NO_MEETING);
        var signal = only(HealthSignal.NO_MEETING, on(START.plusDays(21), f, DEFAULTS));
        assertThat(signal.value()).isEqualTo(21);
        assertThat(signal.occurrence()).isEqualTo(START.toString());
        assertThat(signal.past()).isZero();
    }

    @Test
    void noMeetingCountsFromTheLastMeetingWithTheProgrammesThreshold() {
        var t = new HealthThresholds(Duration.ofHours(24), 10, 14, 50, 14);
        var f = facts(active(START), List.of(START.plusDays(3), START.plusDays(8)), null);
        assertThat(kinds(on(START.plusDays(17), f, t))).doesNotContain(HealthSignal.NO_MEETING);
        var signal = only(HealthSignal.NO_MEETING, on(START.plusDays(18), f, t));
        assertThat(signal.occurrence()).isEqualTo(START.plusDays(8).toString());
        assertThat(signal.since()).isEqualTo(START.plusDays(8));
        assertThat(only(HealthSignal.NO_MEETING, on(START.plusDays(21), f, t)).past()).isEqualTo(3);
    }

    @Test
    void aPausedDuoHasNoNoMeetingSignal() {
        var duo = active(START);
        duo.pause("holiday", at(START.plusDays(2)));
        var f = facts(duo, List.of(), null);
        assertThat(kinds(on(START.plusDays(60), f, DEFAULTS))).doesNotContain(HealthSignal.NO_MEETING,
                HealthSignal.BELOW_FREQUENCY);
    }

    @Test
    void agreementUnsignedSomeDaysAfterConfirmation() {
        var f = facts(confirmed(at(START)), List.of(), null);
        assertThat(on(START.plusDays(13), f, DEFAULTS)).isEmpty();
        var signal = only(HealthSignal.AGREEMENT_UNSIGNED, on(START.plusDays(14), f, DEFAULTS));
        assertThat(signal.value()).isEqualTo(14);
        assertThat(signal.occurrence()).isEqualTo(START.toString());
    }

    @Test
    void confirmationOverdueAfterTheWindow() {
        Instant proposedAt = at(START);
        var f = facts(proposed(proposedAt), List.of(), null);
        assertThat(HealthRules.evaluate(f, DEFAULTS, proposedAt.plus(Duration.ofHours(24)), ZONE)).isEmpty();
        var signals = HealthRules.evaluate(f, DEFAULTS, proposedAt.plus(Duration.ofHours(25)), ZONE);
        assertThat(kinds(signals)).containsExactly(HealthSignal.CONFIRMATION_OVERDUE);
        assertThat(signals.get(0).value()).isEqualTo(1);
    }

    @Test
    void confirmationWindowRunsFromTheIntroduction() {
        var duo = proposed(at(START));
        duo.planIntroduction(at(START.plusDays(5)));
        var f = facts(duo, List.of(), null);
        assertThat(HealthRules.evaluate(f, DEFAULTS, at(START.plusDays(6)), ZONE)).isEmpty();
        var signals = HealthRules.evaluate(f, DEFAULTS, at(START.plusDays(6)).plusSeconds(60), ZONE);
        assertThat(kinds(signals)).containsExactly(HealthSignal.CONFIRMATION_OVERDUE);
        assertThat(signals.get(0).occurrence()).isEqualTo(at(START.plusDays(6)).toString());
    }

    @Test
    void belowFrequencyOnlyOnceAFullPeriodPassed() {
        var weekly = new DuoFacts.Agreement(1, "WEEKLY", 6, true);
        var f = facts(active(START), List.of(), weekly);
        assertThat(kinds(on(START.plusDays(6), f, DEFAULTS))).doesNotContain(HealthSignal.BELOW_FREQUENCY);
        var signal = only(HealthSignal.BELOW_FREQUENCY, on(START.plusDays(7), f, DEFAULTS));
        assertThat(signal.value()).isZero();
        assertThat(signal.expected()).isEqualTo(1);
    }

    @Test
    void belowFrequencyIsBelowThePercentageOfTheExpectedMeetings() {
        var weekly = new DuoFacts.Agreement(1, "WEEKLY", 6, true);
        var t = new HealthThresholds(Duration.ofHours(24), 365, 14, 50, 14);
        var f = facts(active(START), List.of(START.plusDays(2), START.plusDays(9)), weekly);
        // 4 weeks: 4 expected, 2 held is 50 %: not below; 5 weeks: 2 of 5 is below
        assertThat(kinds(on(START.plusDays(34), f, t))).doesNotContain(HealthSignal.BELOW_FREQUENCY);
        var signal = only(HealthSignal.BELOW_FREQUENCY, on(START.plusDays(35), f, t));
        assertThat(signal.value()).isEqualTo(2);
        assertThat(signal.expected()).isEqualTo(5);
        assertThat(signal.past()).isEqualTo(3);
    }

    @Test
    void belowFrequencyMonthlyCountsCalendarMonths() {
        var monthly = new DuoFacts.Agreement(1, "MONTHLY", 6, true);
        var f = facts(active(START), List.of(), monthly);
        assertThat(kinds(on(START.plusMonths(1).minusDays(1), f, DEFAULTS)))
                .doesNotContain(HealthSignal.BELOW_FREQUENCY);
        assertThat(kinds(on(START.plusMonths(1), f, DEFAULTS))).contains(HealthSignal.BELOW_FREQUENCY);
    }

    @Test
    void endingSoonWithinTheDaysBeforeThePlannedEnd() {
        var f = facts(active(START), List.of(), new DuoFacts.Agreement(1, "WEEKLY", 6, true));
        LocalDate end = START.plusMonths(6);
        assertThat(kinds(on(end.minusDays(15), f, DEFAULTS))).doesNotContain(HealthSignal.ENDING_SOON);
        var signal = only(HealthSignal.ENDING_SOON, on(end.minusDays(14), f, DEFAULTS));
        assertThat(signal.value()).isEqualTo(14);
        assertThat(signal.occurrence()).isEqualTo(end.toString());
    }

    @Test
    void endingSoonFollowsTheAgreementInForceAndShowsWhilePaused() {
        var duo = active(START);
        duo.pause("ill", at(START.plusDays(1)));
        var f = facts(duo, List.of(), new DuoFacts.Agreement(2, "MONTHLY", 3, true));
        assertThat(kinds(on(START.plusMonths(3).minusDays(14), f, DEFAULTS)))
                .containsExactly(HealthSignal.ENDING_SOON);
    }

    @Test
    void signalsComeMostSevereFirst() {
        var f = facts(active(START), List.of(), new DuoFacts.Agreement(1, "WEEKLY", 1, true));
        assertThat(kinds(on(START.plusDays(25), f, DEFAULTS))).containsExactly(HealthSignal.NO_MEETING,
                HealthSignal.BELOW_FREQUENCY, HealthSignal.ENDING_SOON);
    }

    @Test
    void closedDuosHaveNoSignals() {
        var duo = active(START);
        duo.complete(START.plusMonths(6), true, "c", at(START.plusMonths(6)));
        assertThat(on(START.plusMonths(7), facts(duo, List.of(), null), DEFAULTS)).isEmpty();
    }

    @Test
    void theAtRiskListPutsTheMostSevereSignalFirstThenTheFurthestPastItsThreshold() {
        var endingSoon = new AtRiskDuo(1, "a", "b", DuoState.ACTIVE,
                List.of(new DuoSignal(HealthSignal.ENDING_SOON, "x", 2, null, 12, START)));
        var noMeetingLong = new AtRiskDuo(2, "a", "b", DuoState.ACTIVE,
                List.of(new DuoSignal(HealthSignal.NO_MEETING, "x", 40, null, 19, START)));
        var noMeetingShort = new AtRiskDuo(3, "a", "b", DuoState.ACTIVE,
                List.of(new DuoSignal(HealthSignal.NO_MEETING, "x", 22, null, 1, START),
                        new DuoSignal(HealthSignal.BELOW_FREQUENCY, "x", 0, 3L, 3, START)));
        var overdue = new AtRiskDuo(4, "a", "b", DuoState.PROPOSED,
                List.of(new DuoSignal(HealthSignal.CONFIRMATION_OVERDUE, "x", 50, null, 2, START)));
        var sorted = new java.util.ArrayList<>(List.of(endingSoon, overdue, noMeetingShort, noMeetingLong));
        sorted.sort(HealthService.URGENCY);
        assertThat(sorted).extracting(AtRiskDuo::duoId).containsExactly(2L, 3L, 4L, 1L);
    }
}
