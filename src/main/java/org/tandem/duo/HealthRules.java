package org.tandem.duo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The health signals of a duo at a given moment, from its facts and its programme's thresholds: pure, so that each
 * threshold can be tested with any clock. A signal starts on the day its threshold is reached (day N, not N+1).
 */
final class HealthRules {

    private HealthRules() {
    }

    static List<DuoSignal> evaluate(DuoFacts facts, HealthThresholds t, Instant now, ZoneId zone) {
        var duo = facts.duo();
        LocalDate today = LocalDate.ofInstant(now, zone);
        var signals = new ArrayList<DuoSignal>();
        if (duo.confirmationOverdue(t.confirmationWindow(), now)) {
            Instant due = duo.confirmationDue(t.confirmationWindow());
            var late = Duration.between(due, now);
            signals.add(new DuoSignal(HealthSignal.CONFIRMATION_OVERDUE, due.toString(), late.toHours(), null,
                    late.toDays(), LocalDate.ofInstant(due, zone)));
        }
        if (duo.state() == DuoState.CONFIRMED && duo.confirmedAt() != null) {
            LocalDate confirmed = LocalDate.ofInstant(duo.confirmedAt(), zone);
            long days = ChronoUnit.DAYS.between(confirmed, today);
            if (days >= t.agreementDays()) {
                signals.add(new DuoSignal(HealthSignal.AGREEMENT_UNSIGNED, confirmed.toString(), days, null,
                        days - t.agreementDays(), confirmed));
            }
        }
        if (duo.state().isRunning() && duo.activatedAt() != null) {
            LocalDate start = LocalDate.ofInstant(duo.activatedAt(), zone);
            if (duo.state() == DuoState.ACTIVE) {
                noMeeting(duo.lastMetOn(), start, today, t).ifPresent(signals::add);
                belowFrequency(duo.meetingsSinceStart(), start, today, facts.agreement(), t).ifPresent(signals::add);
            }
            endingSoon(start, today, facts.agreement(), t).ifPresent(signals::add);
        }
        signals.sort(Comparator.comparing(DuoSignal::signal));
        return signals;
    }

    private static Optional<DuoSignal> noMeeting(LocalDate lastMet, LocalDate start, LocalDate today,
            HealthThresholds t) {
        LocalDate last = lastMet != null && lastMet.isAfter(start) ? lastMet : start;
        long days = ChronoUnit.DAYS.between(last, today);
        if (days < t.noMeetingDays()) {
            return Optional.empty();
        }
        return Optional.of(new DuoSignal(HealthSignal.NO_MEETING, last.toString(), days, null,
                days - t.noMeetingDays(), last));
    }

    /**
     * One meeting expected per full period of the agreed frequency since the start; a duo far enough below that is
     * signalled once a full period has passed. A clear holds for the calendar month.
     */
    private static Optional<DuoSignal> belowFrequency(long count, LocalDate start, LocalDate today,
            DuoFacts.Agreement agreement, HealthThresholds t) {
        if (agreement == null || agreement.frequency() == null) {
            return Optional.empty();
        }
        long expected = switch (agreement.frequency()) {
            case "WEEKLY" -> ChronoUnit.DAYS.between(start, today) / 7;
            case "FORTNIGHTLY", "BIWEEKLY" -> ChronoUnit.DAYS.between(start, today) / 14;
            case "MONTHLY" -> ChronoUnit.MONTHS.between(start, today);
            default -> 0;
        };
        if (expected < 1) {
            return Optional.empty();
        }
        if (count * 100 >= expected * t.belowFrequencyPercent()) {
            return Optional.empty();
        }
        return Optional.of(new DuoSignal(HealthSignal.BELOW_FREQUENCY, YearMonth.from(today).toString(),
                count, expected, expected - count, start));
    }

    private static Optional<DuoSignal> endingSoon(LocalDate start, LocalDate today,
            DuoFacts.Agreement agreement, HealthThresholds t) {
        if (agreement == null || agreement.durationMonths() < 1) {
            return Optional.empty();
        }
        LocalDate end = start.plusMonths(agreement.durationMonths());
        long left = ChronoUnit.DAYS.between(today, end);
        if (left > t.endingSoonDays()) {
            return Optional.empty();
        }
        return Optional.of(new DuoSignal(HealthSignal.ENDING_SOON, end.toString(), left, null,
                t.endingSoonDays() - left, end));
    }
}
