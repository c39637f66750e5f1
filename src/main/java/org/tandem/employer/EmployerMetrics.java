package org.tandem.employer;

import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

/** The programme targets about employers: those committed or active count. */
@Component
class EmployerMetrics implements MetricProvider {

    private final EmployerRepository employers;
    private final ParticipantQueries participants;

    EmployerMetrics(EmployerRepository employers, ParticipantQueries participants) {
        this.employers = employers;
        this.participants = participants;
    }

    @Override
    public boolean fromStoredDataOnly() {
        return true;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.EMPLOYERS_COMMITTED, Metric.HEAVY_PROFESSION_EMPLOYERS, Metric.MENTORS_PER_EMPLOYER);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        return switch (metric) {
            case EMPLOYERS_COMMITTED -> OptionalDouble.of(committed(programmeId).size());
            case HEAVY_PROFESSION_EMPLOYERS -> OptionalDouble.of(
                    employers.countHeavyAtStages(programmeId, PipelineStage.COMMITTED_STAGES));
            case MENTORS_PER_EMPLOYER -> OptionalDouble.of(minimumMentors(programmeId));
            default -> OptionalDouble.empty();
        };
    }

    private java.util.List<Long> committed(long programmeId) {
        return employers.findIdsAtStages(programmeId, PipelineStage.COMMITTED_STAGES);
    }

    /** The weakest committed employer sets the pace: one without mentors makes it 0. */
    private long minimumMentors(long programmeId) {
        var perEmployer = participants.mentorsPerEmployer(programmeId);
        return committed(programmeId).stream().mapToLong(id -> perEmployer.getOrDefault(id, 0L)).min().orElse(0);
    }
}
