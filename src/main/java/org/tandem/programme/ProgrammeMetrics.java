package org.tandem.programme;

import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The metrics the programme module knows itself. */
@Component
class ProgrammeMetrics implements MetricProvider {

    private final ProgrammeRepository programmes;
    private final CohortRepository cohorts;

    ProgrammeMetrics(ProgrammeRepository programmes, CohortRepository cohorts) {
        this.programmes = programmes;
        this.cohorts = cohorts;
    }

    @Override
    public boolean fromStoredDataOnly() {
        return true;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.SITES, Metric.COHORTS);
    }

    @Override
    public OptionalDouble measure(long programmeId, Metric metric) {
        return switch (metric) {
            case SITES -> programmes.findById(programmeId)
                    .map(p -> OptionalDouble.of(p.sites().size())).orElse(OptionalDouble.empty());
            case COHORTS -> OptionalDouble.of(cohorts.countByProgrammeId(programmeId));
            default -> OptionalDouble.empty();
        };
    }
}
