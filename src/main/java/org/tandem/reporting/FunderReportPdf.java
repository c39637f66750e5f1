package org.tandem.reporting;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeView;
import org.tandem.reporting.BarChart.Bar;

/**
 * Renders a funder report: the figures (aggregates only, no person's name) laid out by the Thymeleaf template
 * {@code reporting/funder-report}, turned into a PDF by openhtmltopdf with DejaVu Sans embedded (a subset of it),
 * so that every Latin-script name (é, ç, ş, ğ, ı, ø, ł) renders, and with charts drawn here as SVG. A count of
 * 1 to 4 people or duos is written as "fewer than 5" and gets no bar; a before/after line over fewer than 5 pairs
 * shows no figures.
 */
@Component
class FunderReportPdf {

    static final int SMALL = 5;
    static final String FONT = "DejaVu Sans";

    /** What one report is made from. */
    record Input(ProgrammeView programme, ProgrammeDashboard dashboard, LocalDate from, LocalDate until,
            Locale locale, String author, Instant createdAt, CoordinatorText text) {
    }

    /** A table as the template shows it: its caption, head and rows of text. */
    record Table(String caption, List<String> head, List<List<String>> rows, int textColumns,
            boolean captionShown) {

        Table(String caption, List<String> head, List<List<String>> rows) {
            this(caption, head, rows, 1, false);
        }
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;
    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

    FunderReportPdf(ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] render(Input input) {
        return pdf(html(input));
    }

    String html(Input input) {
        var context = new Context(input.locale(), model(input));
        return templates.process("reporting/funder-report", context);
    }

    private Map<String, Object> model(Input in) {
        Locale locale = in.locale();
        var d = in.dashboard();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var model = new HashMap<String, Object>();
        model.put("lang", locale.getLanguage());
        model.put("programme", in.programme());
        model.put("kind", t(locale, "ProgrammeKind." + in.programme().kind()));
        model.put("period", t(locale, "funderReport.period", in.from().format(dates), in.until().format(dates)));
        model.put("made", t(locale, "funderReport.made", in.author(),
                in.createdAt().atZone(clock.getZone()).toLocalDate().format(dates)));
        model.put("sites", in.programme().sites().stream()
                .map(s -> s.city() + " (" + s.country().displayName(locale) + ")").toList());
        model.put("cohorts", in.programme().cohorts().stream().map(c -> c.name()).toList());
        model.put("targets", targets(d, locale));
        model.put("targetChart", targetChart(d, locale));
        model.put("funnelMentors", funnel(d.funnel().mentors(), "dashboard.table.funnelMentors", locale));
        model.put("funnelMentees", funnel(d.funnel().mentees(), "dashboard.table.funnelMentees", locale));
        model.put("funnelMentorsChart", funnelChart(d.funnel().mentors(), "dashboard.table.funnelMentors", locale));
        model.put("funnelMenteesChart", funnelChart(d.funnel().mentees(), "dashboard.table.funnelMentees", locale));
        model.put("duos", new Table(t(locale, "dashboard.table.duos"),
                List.of(t(locale, "dashboard.column.state"), t(locale, "dashboard.column.duos")),
                d.duosByState().stream().map(s -> List.of(t(locale, "DuoState." + s.state()),
                        count(s.duos(), locale))).toList()));
        model.put("meetings", d.meetings().duos() < SMALL || d.meetings().mean() == null ? null
                : t(locale, "funderReport.meetings", number(d.meetings().mean(), locale),
                        number(d.meetings().median(), locale), count(d.meetings().duos(), locale)));
        model.put("activity", new Table(null,
                List.of(t(locale, "dashboard.column.figure"), t(locale, "dashboard.column.value")),
                d.activity().stream().map(a -> List.of(t(locale, "Metric." + a.metric()),
                        a.value() == null ? t(locale, "dashboard.notMeasured")
                                : number(a.value(), locale) + (a.unit() == Metric.Unit.PERCENT ? " %" : "")))
                        .toList()));
        model.put("results", results(d, locale));
        model.put("method", t(locale, "evaluation.analysis.method.text"));
        model.put("text", in.text().blocks());
        model.put("fewer", t(locale, "funderReport.fewerThanFive"));
        return model;
    }

    private Table targets(ProgrammeDashboard d, Locale locale) {
        return new Table(null,
                List.of(t(locale, "dashboard.column.metric"), t(locale, "dashboard.column.target"),
                        t(locale, "dashboard.column.current"), t(locale, "dashboard.column.met")),
                d.targets().stream().map(l -> List.of(t(locale, "Metric." + l.metric()),
                        l.comparator().symbol() + " " + l.threshold() + percent(l.unit()),
                        l.current() == null ? "–" : number(l.current(), locale) + percent(l.unit()),
                        l.current() == null ? t(locale, "dashboard.notMeasured")
                                : t(locale, l.met() ? "dashboard.met" : "dashboard.notMet"))).toList());
    }

    /** Each measured target's value as a share of its threshold (100 % = the threshold). */
    private String targetChart(ProgrammeDashboard d, Locale locale) {
        var bars = d.targets().stream().filter(l -> l.current() != null && l.threshold() > 0)
                .map(l -> {
                    double share = 100.0 * l.current() / l.threshold();
                    return new Bar(t(locale, "Metric." + l.metric()), Math.min(share, 150.0),
                            number(share, locale) + " %");
                }).toList();
        return bars.isEmpty() ? null : BarChart.svg(t(locale, "funderReport.chart.targets"), bars, 150.0);
    }

    private Table funnel(List<FunnelStep> steps, String caption, Locale locale) {
        var rows = new ArrayList<List<String>>();
        Long previous = null;
        for (FunnelStep s : steps) {
            boolean small = isSmall(s.count()) || (previous != null && isSmall(previous));
            rows.add(List.of(t(locale, "funnel.step." + s.step()), count(s.count(), locale),
                    s.lostShare() == null || small ? "–" : number(s.lostShare(), locale) + " %"));
            previous = s.count();
        }
        return new Table(t(locale, caption), List.of(t(locale, "dashboard.column.step"),
                t(locale, "dashboard.column.people"), t(locale, "dashboard.column.lost")), rows, 1, true);
    }

    private String funnelChart(List<FunnelStep> steps, String caption, Locale locale) {
        long max = steps.stream().mapToLong(FunnelStep::count).max().orElse(0);
        if (max < SMALL) {
            return null;
        }
        var bars = steps.stream().map(s -> new Bar(t(locale, "funnel.step." + s.step()),
                isSmall(s.count()) ? null : (double) s.count(), count(s.count(), locale))).toList();
        return BarChart.svg(t(locale, caption), bars, max);
    }

    /** One table per comparison (the same people's before and after waves), one row per scale. */
    private List<Table> results(ProgrammeDashboard d, Locale locale) {
        var groups = new java.util.LinkedHashMap<String, List<ProgrammeDashboard.BeforeAfter>>();
        d.results().forEach(r -> groups.computeIfAbsent(r.before() + " → " + r.after() + " ("
                + t(locale, "WaveRole." + r.role()) + ")", k -> new ArrayList<>()).add(r));
        var head = List.of(t(locale, "dashboard.column.scale"), t(locale, "dashboard.column.pairs"),
                t(locale, "dashboard.column.meanBefore"), t(locale, "dashboard.column.meanAfter"),
                t(locale, "dashboard.column.meanChange"), t(locale, "dashboard.column.pHolm"), "d_z");
        var tables = new ArrayList<Table>();
        groups.forEach((waves, lines) -> tables.add(new Table(waves, head, lines.stream().map(r -> {
            if (r.suppressed() || r.pairs() < SMALL) {
                return List.of(r.scale() == null ? "–" : r.scale().in(locale), count(r.pairs(), locale), "–", "–",
                        "–", "–", "–");
            }
            return List.of(r.scale().in(locale), count(r.pairs(), locale), number(r.meanBefore(), locale),
                    number(r.meanAfter(), locale), signed(r.meanChange(), locale), p(r.pHolm(), locale),
                    number(r.dz(), locale));
        }).toList(), 1, true)));
        return tables;
    }

    private byte[] pdf(String html) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isSmall(long count) {
        return count > 0 && count < SMALL;
    }

    private String count(long count, Locale locale) {
        return isSmall(count) ? t(locale, "funderReport.fewerThanFive") : NumberFormat.getIntegerInstance(locale)
                .format(count);
    }

    private static String number(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 1);
        return format.format(value);
    }

    private static String signed(Double value, Locale locale) {
        return value == null ? "–" : (value > 0 ? "+" : "") + number(value, locale);
    }

    private static String p(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (value < 0.001) {
            return "<\u00a0" + NumberFormat.getNumberInstance(locale).format(0.001);
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    private static String percent(Metric.Unit unit) {
        return unit == Metric.Unit.PERCENT ? " %" : "";
    }

    private String t(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static byte[] font(String path) {
        try (InputStream in = FunderReportPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
