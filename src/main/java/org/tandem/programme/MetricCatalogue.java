package org.tandem.programme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;
import org.tandem.shared.DataVersion;

/**
 * Finds, for each metric, the module that measures it. A value measured from stored data only is kept until the data
 * changes: a programme page or dashboard then costs one read of the data version, not a count over every enrolment
 * and duo of the programme.
 */
@Component
class MetricCatalogue {

    private record Measured(long programmeId, Metric metric) {
    }

    private final Map<Metric, MetricProvider> providers = new EnumMap<>(Metric.class);
    private final DataVersion.Kept<Measured, OptionalDouble> kept;

    MetricCatalogue(List<MetricProvider> providers, DataVersion version) {
        this.kept = version.keep(10_000);
        for (var provider : providers) {
            for (var metric : provider.metrics()) {
                var previous = this.providers.put(metric, provider);
                if (previous != null) {
                    throw new IllegalStateException(metric + " is measured by two modules");
                }
            }
        }
    }

    OptionalDouble measure(long programmeId, Metric metric) {
        var provider = providers.get(metric);
        if (provider == null) {
            return OptionalDouble.empty();
        }
        if (!provider.fromStoredDataOnly()) {
            return provider.measure(programmeId, metric);
        }
        return kept.get(new Measured(programmeId, metric), () -> provider.measure(programmeId, metric));
    }
}
