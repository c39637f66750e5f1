package org.tandem.evaluation;

import java.util.List;

/** What the analysis pages, the API and the export show; no name, address or free text in any of them. */
public final class AnalysisViews {

    /** Groups with fewer respondents (or complete pairs) than this show no figures. */
    public static final int MIN_GROUP = 5;

    private AnalysisViews() {
    }

    public record WaveRef(long id, String name, WaveKind kind, WaveRole role, WavePurpose purpose, boolean anonymous,
            long cohortId, String questionnaire, int questionnaireVersion) {
    }

    /** {@code alpha} over the {@code alphaN} respondents who answered every item of the scale. */
    public record ScaleFigures(String key, Texts name, int points, int n, Double mean, Double sd, Double alpha,
            int alphaN) {
    }

    /** A breakdown of the wave by site or employer; {@code scales} is empty when {@code suppressed}. */
    public record Group(String dimension, String name, int respondents, boolean suppressed,
            List<ScaleFigures> scales) {
    }

    public record WaveAnalysis(WaveRef wave, int responses, List<ScaleFigures> scales, List<Group> groups) {
    }

    /** One scale before/after: the statistics of the complete pairs and Holm's p across the scales compared. */
    public record ScaleChange(String key, Texts name, int points, PairedComparison figures, Double pTHolm,
            Double pWilcoxonHolm) {
    }

    public record GroupChange(String dimension, String name, int pairs, boolean suppressed,
            List<ScaleChange> scales) {
    }

    /**
     * Two waves of the same people compared. {@code pairable} is false when either wave is anonymous (its answers
     * cannot be paired) or they ask different roles; then there are no scales.
     */
    public record Comparison(WaveRef before, WaveRef after, boolean pairable, int beforeResponses,
            int afterResponses, List<ScaleChange> scales, List<GroupChange> groups) {
    }

    /**
     * Before/after for a chosen set of people only (as the employees who let their employer see their progress):
     * {@code people} of them answered either wave, {@code pairs} both; when {@code suppressed} (fewer than
     * {@link #MIN_GROUP} pairs) there are no scales.
     */
    public record SubsetComparison(WaveRef before, WaveRef after, int people, int pairs, boolean suppressed,
            List<ScaleChange> scales) {
    }
}
