package org.tandem.participant;

import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

@Component
class ParticipantMetrics implements MetricProvider {

    private final ParticipantQueries queries;

    ParticipantMetrics(ParticipantQueries queries) {
        this.queries = queries;
    }

    @Override
    public boolean fromStoredDataOnly() {
        return true;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.MENTORS_ENROLLED, Metric.MENTEES_ENROLLED);
    }

    @Override
    public OptionalDouble measure(long programmeId, Metric metric) {
        return switch (metric) {
            case MENTORS_ENROLLED -> OptionalDouble.of(queries.countEnrolled(programmeId, ParticipantRole.MENTOR));
            case MENTEES_ENROLLED -> OptionalDouble.of(queries.countEnrolled(programmeId, ParticipantRole.MENTEE));
            default -> OptionalDouble.empty();
        };
    }
}
