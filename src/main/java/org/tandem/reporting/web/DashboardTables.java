package org.tandem.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.programme.Metric;
import org.tandem.reporting.FunnelStep;
import org.tandem.reporting.MetricPoint;
import org.tandem.reporting.ProgrammeDashboard;

/**
 * The dashboard's tables, as the page shows them and as the workbook exports them: one definition so that both
 * always hold the same numbers. Cells are texts, whole numbers, decimals (percentages as 0–100) or null (not
 * measured).
 */
@Component
class DashboardTables {

    static final List<String> KEYS = List.of("targets", "history", "funnelMentors", "funnelMentees", "duos",
            "meetings", "activity", "surveys", "results");

    /** One table: a key (its export name), a title, the column headers and the rows. */
    record Table(String key, String title, List<String> headers, List<List<Object>> rows) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private final MessageSource messages;

    DashboardTables(MessageSource messages) {
        this.messages = messages;
    }

    List<Table> all(ProgrammeDashboard d, Locale locale) {
        var tables = new ArrayList<Table>();
        tables.add(targets(d, locale));
        tables.add(history(d, locale));
        tables.add(funnel("funnelMentors", d.funnel().mentors(), locale));
        tables.add(funnel("funnelMentees", d.funnel().mentees(), locale));
        tables.add(new Table("duos", t("dashboard.table.duos", locale),
                List.of(t("dashboard.column.state", locale), t("dashboard.column.duos", locale)),
                d.duosByState().stream().map(s -> row(t("DuoState." + s.state(), locale), s.duos())).toList()));
        tables.add(meetings(d, locale));
        tables.add(new Table("activity", t("dashboard.table.activity", locale),
                List.of(t("dashboard.column.figure", locale), t("dashboard.column.value", locale),
                        t("dashboard.column.unit", locale)),
                d.activity().stream().map(a -> row(t("Metric." + a.metric(), locale), a.value(),
                        t("dashboard.unit." + a.unit(), locale))).toList()));
        tables.add(new Table("surveys", t("dashboard.table.surveys", locale),
                List.of(t("dashboard.column.wave", locale), t("dashboard.column.cohort", locale),
                        t("dashboard.column.role", locale), t("dashboard.column.moment", locale),
                        t("dashboard.column.status", locale), t("dashboard.column.invited", locale),
                        t("dashboard.column.answered", locale), t("dashboard.column.rate", locale)),
                d.surveys().stream().map(w -> row(w.name(), w.cohortName(), t("WaveRole." + w.role(), locale),
                        t("WaveKind." + w.kind(), locale), t("WaveStatus." + w.status(), locale), w.invited(),
                        w.answered(), w.rate())).toList()));
        tables.add(new Table("results", t("dashboard.table.results", locale),
                List.of(t("dashboard.column.waves", locale), t("dashboard.column.role", locale),
                        t("dashboard.column.scale", locale), t("dashboard.column.pairs", locale),
                        t("dashboard.column.meanBefore", locale), t("dashboard.column.meanAfter", locale),
                        t("dashboard.column.meanChange", locale), t("dashboard.column.pHolm", locale), "d_z"),
                d.results().stream().map(r -> row(r.before() + " → " + r.after(), t("WaveRole." + r.role(), locale),
                        r.suppressed() ? t("dashboard.suppressed", locale) : r.scale().in(locale), r.pairs(),
                        r.meanBefore(), r.meanAfter(), r.meanChange(), r.pHolm(), r.dz())).toList()));
        return tables;
    }

    Table one(ProgrammeDashboard d, String key, Locale locale) {
        return all(d, locale).stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new org.tandem.shared.NotFoundException("table", key));
    }

    private Table targets(ProgrammeDashboard d, Locale locale) {
        return new Table("targets", t("dashboard.table.targets", locale),
                List.of(t("dashboard.column.metric", locale), t("dashboard.column.target", locale),
                        t("dashboard.column.current", locale), t("dashboard.column.met", locale)),
                d.targets().stream().map(l -> row(t("Metric." + l.metric(), locale),
                        l.comparator().symbol() + " " + l.threshold()
                                + (l.unit() == Metric.Unit.PERCENT ? " %" : ""),
                        l.current(), l.current() == null ? t("dashboard.notMeasured", locale)
                                : t(l.met() ? "dashboard.met" : "dashboard.notMet", locale))).toList());
    }

    /** One row per month, one column per metric. */
    private Table history(ProgrammeDashboard d, Locale locale) {
        var metrics = new LinkedHashSet<Metric>();
        d.targets().forEach(l -> metrics.add(l.metric()));
        Map<YearMonth, Map<Metric, Double>> byMonth = new LinkedHashMap<>();
        for (MetricPoint p : d.history()) {
            metrics.add(p.metric());
            byMonth.computeIfAbsent(p.month(), m -> new LinkedHashMap<>()).put(p.metric(), p.value());
        }
        var headers = new ArrayList<String>();
        headers.add(t("dashboard.column.month", locale));
        metrics.forEach(m -> headers.add(t("Metric." + m, locale)));
        var rows = new ArrayList<List<Object>>();
        var format = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        byMonth.forEach((month, values) -> {
            var row = new ArrayList<Object>();
            row.add(month.format(format));
            metrics.forEach(m -> row.add(values.get(m)));
            rows.add(row);
        });
        return new Table("history", t("dashboard.table.history", locale), headers, rows);
    }

    private Table funnel(String key, List<FunnelStep> steps, Locale locale) {
        return new Table(key, t("dashboard.table." + key, locale),
                List.of(t("dashboard.column.step", locale), t("dashboard.column.people", locale),
                        t("dashboard.column.lost", locale)),
                steps.stream().map(s -> row(t("funnel.step." + s.step(), locale), s.count(), s.lostShare()))
                        .toList());
    }

    private Table meetings(ProgrammeDashboard d, Locale locale) {
        var rows = new ArrayList<List<Object>>();
        d.meetings().distribution().forEach(c -> rows.add(row(c.meetings(), c.duos())));
        return new Table("meetings", t("dashboard.table.meetings", locale),
                List.of(t("dashboard.column.meetings", locale), t("dashboard.column.duos", locale)), rows);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
