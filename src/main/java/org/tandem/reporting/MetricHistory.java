package org.tandem.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.programme.ProgrammeTargets;
import org.tandem.programme.TargetView;
import org.tandem.shared.NotFoundException;

/**
 * The history of each programme's targets: the value of every target's metric per month, kept rather than
 * recomputed. The month just ended is closed for all programmes by {@code MetricHistoryJob}; the current month is
 * measured on demand and stays open until then. A closed month never changes.
 */
@Service
@Transactional(readOnly = true)
public class MetricHistory {

    private final MetricMonthRepository months;
    private final ProgrammeCatalogue catalogue;
    private final ProgrammeTargets targets;
    private final AccountService accounts;
    private final Clock clock;

    MetricHistory(MetricMonthRepository months, ProgrammeCatalogue catalogue, ProgrammeTargets targets,
            AccountService accounts, Clock clock) {
        this.months = months;
        this.catalogue = catalogue;
        this.targets = targets;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The kept values of a programme, by month; the caller has checked who may see them. */
    public List<MetricPoint> path(long programmeId) {
        return months.findByProgramme(programmeId).stream()
                .map(m -> new MetricPoint(m.metric(), m.month(), m.value(), m.closed())).toList();
    }

    /** Measures the current month's values of a programme the user manages now (the month stays open). */
    @Transactional
    public YearMonth recordCurrentMonth(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId) || catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
        var month = YearMonth.now(clock);
        record(programmeId, month, measured(programmeId), false);
        return month;
    }

    /** Closes the month before the current one for every programme that has not closed it yet; returns how many. */
    @Transactional
    public int closeLastMonth() {
        var month = YearMonth.now(clock).minusMonths(1);
        int closed = 0;
        for (ProgrammeSummary programme : catalogue.all()) {
            var kept = months.findMonth(programme.id(), month.atDay(1));
            if (kept.isEmpty() || kept.stream().anyMatch(m -> !m.closed())) {
                record(programme.id(), month, measured(programme.id()), true);
                closed++;
            }
        }
        return closed;
    }

    /**
     * Keeps values measured outside Tandem for a month that is over (an earlier spreadsheet, the demo's past),
     * closed at once; a metric already kept for that month is left as it is.
     */
    @Transactional
    public void carryOver(long programmeId, YearMonth month, Map<Metric, Double> values) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new IllegalArgumentException("only a month that is over can be carried over: " + month);
        }
        var kept = months.findMonth(programmeId, month.atDay(1)).stream().map(MetricMonth::metric).toList();
        Instant now = Instant.now(clock);
        values.forEach((metric, value) -> {
            if (!kept.contains(metric)) {
                months.save(MetricMonth.of(programmeId, month, metric, value, true, now));
            }
        });
    }

    private Map<Metric, Double> measured(long programmeId) {
        Map<Metric, Double> values = new LinkedHashMap<>();
        for (TargetView target : targets.of(programmeId)) {
            values.putIfAbsent(target.metric(), target.current());
        }
        return values;
    }

    private void record(long programmeId, YearMonth month, Map<Metric, Double> values, boolean close) {
        Instant now = Instant.now(clock);
        Map<Metric, MetricMonth> kept = new LinkedHashMap<>();
        months.findMonth(programmeId, month.atDay(1)).forEach(m -> kept.put(m.metric(), m));
        values.forEach((metric, value) -> {
            var row = kept.get(metric);
            if (row == null) {
                months.save(MetricMonth.of(programmeId, month, metric, value, close, now));
            } else if (!row.closed()) {
                row.remeasure(value, close, now);
            }
        });
        if (close) {
            kept.values().stream().filter(m -> !m.closed() && !values.containsKey(m.metric()))
                    .forEach(m -> m.remeasure(m.value(), true, now));
        }
    }
}
