package org.tandem.reporting;

import java.time.YearMonth;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoCounts;
import org.tandem.duo.DuoState;
import org.tandem.evaluation.Analyses;
import org.tandem.evaluation.AnalysisViews.Comparison;
import org.tandem.evaluation.AnalysisViews.ScaleChange;
import org.tandem.evaluation.AnalysisViews.WaveRef;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WaveService;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeTargets;
import org.tandem.reporting.ProgrammeDashboard.ActivityFigure;
import org.tandem.reporting.ProgrammeDashboard.BeforeAfter;
import org.tandem.reporting.ProgrammeDashboard.MeetingCount;
import org.tandem.reporting.ProgrammeDashboard.MeetingSpread;
import org.tandem.reporting.ProgrammeDashboard.Option;
import org.tandem.reporting.ProgrammeDashboard.StateCount;
import org.tandem.reporting.ProgrammeDashboard.TargetLine;
import org.tandem.reporting.ProgrammeDashboard.WaveResponse;

/**
 * A programme's dashboard, composed from each module's aggregate reads: a fixed number of queries per programme (and
 * per survey wave compared), never one per participant or duo. Who may see it: as {@link ProgrammeFunnel}. The
 * survey response (who was invited, per wave) is shown to the programme's coordinators and admins only, as the
 * evaluation module shows it; researchers see the before/after results, as on their analysis pages.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final Set<Metric> ACTIVITY = EnumSet.of(Metric.MENTORS_TRAINED, Metric.MENTORS_TRAINED_BEFORE_MATCHING,
            Metric.INTERVISION_ATTENDANCE_RATE, Metric.WORKSHOP_ATTENDANCE_RATE, Metric.WORKSHOP_NO_SHOW_RATE,
            Metric.CONTACT_MOMENTS_PER_RELEASED_MENTOR, Metric.CONTACT_MOMENTS_HELD_OF_PLAN);

    private final ReportAccess access;
    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ProgrammeTargets targets;
    private final MetricHistory history;
    private final ProgrammeFunnel funnel;
    private final DuoCounts duos;
    private final WaveService waves;
    private final Analyses analyses;
    private final Clock clock;

    DashboardService(ReportAccess access, AccountService accounts, ProgrammeCatalogue catalogue,
            ProgrammeTargets targets, MetricHistory history, ProgrammeFunnel funnel, DuoCounts duos,
            WaveService waves, Analyses analyses, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.targets = targets;
        this.history = history;
        this.funnel = funnel;
        this.duos = duos;
        this.waves = waves;
        this.analyses = analyses;
        this.clock = clock;
    }

    public ProgrammeDashboard of(long programmeId, ReportScope scope) {
        access.requireAnalyse(programmeId, scope);
        var rules = catalogue.rules(programmeId).orElseThrow();
        var cohorts = catalogue.cohorts(programmeId);
        var sites = catalogue.sites(programmeId);
        var zone = clock.getZone();
        var from = scope.fromInstant(zone);
        var until = scope.untilInstant(zone);
        var lines = targets.of(programmeId).stream().map(t -> new TargetLine(t.metric(), t.metric().unit(),
                t.comparator(), t.threshold(), t.current(), t.met())).toList();
        var path = withCurrentMonth(history.path(programmeId), lines);
        var states = duos.byState(programmeId, scope.cohortId(), scope.siteId(), from, until).entrySet().stream()
                .map(e -> new StateCount(e.getKey(), e.getValue())).toList();
        var meetings = spread(duos.meetingsPerDuo(programmeId, scope.cohortId(), scope.siteId(), from, until));
        // a metric with a target was measured for its line: measured once per request, not again for the table
        Map<Metric, Double> measured = new EnumMap<>(Metric.class);
        lines.forEach(line -> measured.putIfAbsent(line.metric(), line.current()));
        var activity = ACTIVITY.stream().map(m -> new ActivityFigure(m, m.unit(),
                measured.containsKey(m) ? measured.get(m) : targets.measure(programmeId, m))).toList();
        return new ProgrammeDashboard(programmeId, rules.name(), scope,
                cohorts.stream().map(c -> new Option(c.id(), c.name())).toList(),
                sites.stream().map(s -> new Option(s.id(), s.city())).toList(), lines, path,
                funnel.of(programmeId, scope), states, meetings, activity, surveys(programmeId, scope),
                results(programmeId, scope, sites.stream().filter(s -> scope.siteId() != null
                        && s.id() == scope.siteId()).map(s -> s.city()).findFirst().orElse(null)));
    }

    /** The kept months, and the current month measured now when it was not kept yet. */
    private List<MetricPoint> withCurrentMonth(List<MetricPoint> kept, List<TargetLine> lines) {
        var month = YearMonth.now(clock);
        var points = new ArrayList<>(kept.stream().filter(p -> !p.month().equals(month)).toList());
        lines.stream().map(TargetLine::metric).distinct().forEach(metric -> points.add(new MetricPoint(metric, month,
                lines.stream().filter(l -> l.metric() == metric).findFirst().orElseThrow().current(), false)));
        points.sort(Comparator.comparing(MetricPoint::month).thenComparing(MetricPoint::metric));
        return List.copyOf(points);
    }

    static MeetingSpread spread(Map<Integer, Long> distribution) {
        long duos = distribution.values().stream().mapToLong(Long::longValue).sum();
        var counts = distribution.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new MeetingCount(e.getKey(), e.getValue())).toList();
        if (duos == 0) {
            return new MeetingSpread(0, counts, null, null);
        }
        long meetings = counts.stream().mapToLong(c -> c.meetings() * c.duos()).sum();
        double mean = Math.round(10.0 * meetings / duos) / 10.0;
        return new MeetingSpread(duos, counts, mean, median(counts, duos));
    }

    /** The middle duo's meetings (the mean of the two middle ones for an even number of duos). */
    private static double median(List<MeetingCount> counts, long duos) {
        long lower = (duos - 1) / 2;
        long upper = duos / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (MeetingCount c : counts) {
            long next = seen + c.duos();
            if (low == null && lower < next) {
                low = c.meetings();
            }
            if (high == null && upper < next) {
                high = c.meetings();
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }

    private List<WaveResponse> surveys(long programmeId, ReportScope scope) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            return List.of();
        }
        return waves.list(programmeId).stream()
                .filter(w -> scope.cohortId() == null || w.cohortId() == scope.cohortId())
                .sorted(Comparator.comparing(w -> w.opensOn() == null ? java.time.LocalDate.MAX : w.opensOn()))
                .map(w -> new WaveResponse(w.id(), w.name(), w.cohortName(), w.role(), w.kind(), w.status(),
                        w.invited(), w.answered(), w.rate()))
                .toList();
    }

    /**
     * Per cohort and role, the baseline wave against the latest wave after it (end, else follow-up, else midpoint),
     * when both can be paired.
     */
    private List<BeforeAfter> results(long programmeId, ReportScope scope, String site) {
        Map<String, List<WaveRef>> byCohortAndRole = new HashMap<>();
        for (WaveRef wave : analyses.waves(programmeId)) {
            if (!wave.anonymous() && (scope.cohortId() == null || wave.cohortId() == scope.cohortId())) {
                byCohortAndRole.computeIfAbsent(wave.cohortId() + "/" + wave.role(), k -> new ArrayList<>()).add(wave);
            }
        }
        var found = new ArrayList<BeforeAfter>();
        for (var group : byCohortAndRole.values()) {
            var before = group.stream().filter(w -> w.kind() == WaveKind.BASELINE).findFirst();
            var after = latest(group, WaveKind.END).or(() -> latest(group, WaveKind.FOLLOW_UP))
                    .or(() -> latest(group, WaveKind.MIDPOINT));
            if (before.isPresent() && after.isPresent()) {
                found.addAll(beforeAfter(analyses.compare(before.get().id(), after.get().id()), site));
            }
        }
        return found;
    }

    private static java.util.Optional<WaveRef> latest(List<WaveRef> waves, WaveKind kind) {
        return waves.stream().filter(w -> w.kind() == kind).reduce((first, second) -> second);
    }

    private static List<BeforeAfter> beforeAfter(Comparison comparison, String site) {
        if (!comparison.pairable()) {
            return List.of();
        }
        String before = comparison.before().name();
        String after = comparison.after().name();
        var role = comparison.after().role();
        if (site == null) {
            return comparison.scales().stream().map(s -> line(before, after, role, s, false)).toList();
        }
        return comparison.groups().stream().filter(g -> g.dimension().equals("site") && g.name().equals(site))
                .flatMap(g -> g.suppressed()
                        ? java.util.stream.Stream.of(new BeforeAfter(before, after, role, null, null, g.pairs(), true,
                                null, null, null, null, null))
                        : g.scales().stream().map(s -> line(before, after, role, s, false)))
                .toList();
    }

    private static BeforeAfter line(String before, String after, org.tandem.evaluation.WaveRole role, ScaleChange s,
            boolean suppressed) {
        var f = s.figures();
        return new BeforeAfter(before, after, role, s.key(), s.name(), f.n(), suppressed, f.meanBefore(),
                f.meanAfter(), f.meanChange(), s.pTHolm(), f.dz());
    }
}
