package org.tandem.activity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.participant.FunnelStep;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

/**
 * Mentors trained (through the path, or marked trained by hand in a programme without one) and the share of matched
 * mentors who were trained before they were first matched.
 */
@Component
class TrainingMetrics implements MetricProvider {

    private final TrainingResultRepository results;
    private final ParticipantQueries participants;

    TrainingMetrics(TrainingResultRepository results, ParticipantQueries participants) {
        this.results = results;
        this.participants = participants;
    }

    @Override
    public boolean fromStoredDataOnly() {
        return true;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.MENTORS_TRAINED, Metric.MENTORS_TRAINED_BEFORE_MATCHING);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        return switch (metric) {
            case MENTORS_TRAINED -> OptionalDouble.of(trainedAt(programmeId).size());
            case MENTORS_TRAINED_BEFORE_MATCHING -> beforeMatching(programmeId);
            default -> OptionalDouble.empty();
        };
    }

    /** When each mentor was trained: the earlier of completing the path and reaching the status. */
    private Map<Long, Instant> trainedAt(long programmeId) {
        Map<Long, Instant> trained = new HashMap<>(
                participants.mentorsFirstReached(programmeId, FunnelStep.TRAINED));
        for (var result : results.findByProgrammeId(programmeId)) {
            trained.merge(result.enrolmentId(), result.trainedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return trained;
    }

    private OptionalDouble beforeMatching(long programmeId) {
        var matched = participants.mentorsFirstReached(programmeId, FunnelStep.MATCHED);
        if (matched.isEmpty()) {
            return OptionalDouble.empty();
        }
        var trained = trainedAt(programmeId);
        long before = matched.entrySet().stream().filter(m -> {
            Instant at = trained.get(m.getKey());
            return at != null && !at.isAfter(m.getValue());
        }).count();
        return OptionalDouble.of(Math.round(1000.0 * before / matched.size()) / 10.0);
    }
}
