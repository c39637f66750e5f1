package org.tandem.programme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/** Finds, for each metric, the module that measures it. */
@Component
class MetricCatalogue {

    private final Map<Metric, MetricProvider> providers = new EnumMap<>(Metric.class);

    MetricCatalogue(List<MetricProvider> providers) {
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
        return provider == null ? OptionalDouble.empty() : provider.measure(programmeId, metric);
    }
}
