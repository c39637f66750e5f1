package org.tandem.programme;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's targets with their values measured now, without the signed-in user's scope: for a module that keeps
 * their history on its own schedule (the reporting module's monthly job) and applies its own access rules.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeTargets {

    private final ProgrammeRepository programmes;
    private final MetricCatalogue metrics;

    ProgrammeTargets(ProgrammeRepository programmes, MetricCatalogue metrics) {
        this.programmes = programmes;
        this.metrics = metrics;
    }

    /** The targets in their order, each with its current value (empty for an unknown programme). */
    public List<TargetView> of(long programmeId) {
        var measured = new java.util.EnumMap<Metric, java.util.OptionalDouble>(Metric.class);
        return programmes.findById(programmeId).map(p -> p.targets().stream().map(t -> {
            var value = measured.computeIfAbsent(t.metric(), metric -> metrics.measure(programmeId, metric));
            return new TargetView(t.id(), t.metric(), t.comparator(), t.threshold(),
                    value.isPresent() ? value.getAsDouble() : null, t.version());
        }).toList()).orElse(List.of());
    }

    /** A metric measured now for a programme as a whole, whether or not it has a target ({@code null}: not measured). */
    public Double measure(long programmeId, Metric metric) {
        var value = metrics.measure(programmeId, metric);
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
