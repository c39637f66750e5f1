package org.tandem.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeTargets;
import org.tandem.reporting.MetricHistory;

/**
 * The demo programmes' target history: the twelve months before this one, as the monthly job would have kept them,
 * climbing towards today's values (counts grow month by month, rates wander a little around where they end). Written
 * once, through the reporting module's history, after all other demo data; a restart finds it kept.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoHistory implements ApplicationRunner {

    static final int MONTHS = 12;

    private final ProgrammeCatalogue catalogue;
    private final ProgrammeTargets targets;
    private final MetricHistory history;
    private final Clock clock;

    DemoHistory(ProgrammeCatalogue catalogue, ProgrammeTargets targets, MetricHistory history, Clock clock) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var now = YearMonth.now(clock);
        for (var programme : catalogue.all()) {
            if (!history.path(programme.id()).isEmpty()) {
                continue;
            }
            var current = targets.of(programme.id());
            for (int back = MONTHS; back >= 1; back--) {
                Map<Metric, Double> values = new EnumMap<>(Metric.class);
                for (var target : current) {
                    if (target.current() != null) {
                        values.put(target.metric(), earlier(target.metric(), target.current(), back));
                    }
                }
                history.carryOver(programme.id(), now.minusMonths(back), values);
            }
        }
    }

    /** A value {@code back} months ago on a plausible path to {@code today}. */
    static double earlier(Metric metric, double today, int back) {
        double share = (double) (MONTHS + 1 - back) / (MONTHS + 1);
        if (metric.unit() == Metric.Unit.PERCENT) {
            double wander = ((back * 7) % 5 - 2) * 2.5;
            return Math.max(0, Math.min(100, Math.round(today * (0.8 + 0.2 * share) + wander)));
        }
        return Math.floor(today * share);
    }
}
