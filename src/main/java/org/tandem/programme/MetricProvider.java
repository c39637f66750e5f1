package org.tandem.programme;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * Implemented by the module that can measure some metrics of the catalogue (the employer module measures
 * employers committed, the duo module duos formed, ...), so that targets stay data and the programme
 * module needs to know none of them.
 */
public interface MetricProvider {

    Set<Metric> metrics();

    OptionalDouble measure(long programmeId, Metric metric);

    /**
     * Whether the values come from stored data alone, not from the day or the time: such values are kept until the
     * data changes (see {@link org.tandem.shared.DataVersion}); the others are measured on every call.
     */
    default boolean fromStoredDataOnly() {
        return false;
    }
}
