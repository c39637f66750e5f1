package org.tandem.reporting;

import java.util.List;
import org.tandem.duo.DuoState;
import org.tandem.evaluation.Texts;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WaveRole;
import org.tandem.evaluation.WaveStatus;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;

/**
 * The figures of a programme's dashboard for a scope (a cohort, a site). The targets, their history and the activity
 * figures are the programme's as a whole (they are measured for the programme, not per cohort or site); the funnel,
 * the duos, the meetings and the surveys follow the scope. Aggregates only: no person appears in them.
 */
public record ProgrammeDashboard(long programmeId, String programmeName, ReportScope scope, List<Option> cohorts,
        List<Option> sites, List<TargetLine> targets, List<MetricPoint> history, Funnel funnel,
        List<StateCount> duosByState, MeetingSpread meetings, List<ActivityFigure> activity,
        List<WaveResponse> surveys, List<BeforeAfter> results) {

    /** A cohort or site to filter on. */
    public record Option(long id, String name) {
    }

    /** A target against its current value ({@code current} null while not measured). */
    public record TargetLine(Metric metric, Metric.Unit unit, Comparator comparator, int threshold, Double current,
            boolean met) {
    }

    public record StateCount(DuoState state, long duos) {
    }

    /** Duos that started, by the number of meetings they logged. */
    public record MeetingCount(int meetings, long duos) {
    }

    /** Meetings logged per duo that started: how many duos logged how many, the mean and the median. */
    public record MeetingSpread(long duos, List<MeetingCount> distribution, Double mean, Double median) {
    }

    /** One of the activity module's figures (training, intervision, workshops, contact moments). */
    public record ActivityFigure(Metric metric, Metric.Unit unit, Double value) {
    }

    /** A survey wave's response: answered of invited. */
    public record WaveResponse(long waveId, String name, String cohortName, WaveRole role, WaveKind kind,
            WaveStatus status, long invited, long answered, int rate) {
    }

    /**
     * One scale of the evaluation's before/after comparison of the same people (complete pairs), as the evaluation
     * module computes it. Narrowed to a site, the figures are that site's group of the comparison, {@code suppressed}
     * (without figures) when it has fewer than 5 pairs, as the evaluation module shows it.
     */
    public record BeforeAfter(String before, String after, WaveRole role, String scaleKey, Texts scale, int pairs,
            boolean suppressed, Double meanBefore, Double meanAfter, Double meanChange, Double pHolm, Double dz) {
    }
}
