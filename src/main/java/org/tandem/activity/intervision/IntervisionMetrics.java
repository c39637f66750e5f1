package org.tandem.activity.intervision;

import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

/**
 * Intervision attendance rate, in percent: attended member-sessions of the expected ones, over the programme's
 * past sessions. A session's expected members are those listed when its attendance was recorded (every member of
 * the group then, present or absent; attendance is refused before a session begins and on one called off); a past
 * session whose attendance was never recorded is unknown and not counted. Not measured until one is recorded.
 */
@Component
class IntervisionMetrics implements MetricProvider {

    private final IntervisionSessionRepository sessions;

    IntervisionMetrics(IntervisionSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean fromStoredDataOnly() {
        return true;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.INTERVISION_ATTENDANCE_RATE);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        if (metric != Metric.INTERVISION_ATTENDANCE_RATE) {
            return OptionalDouble.empty();
        }
        Object[] totals = sessions.attendanceTotals(programmeId).get(0);
        long present = ((Number) totals[0]).longValue();
        long expected = ((Number) totals[1]).longValue();
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(1000.0 * present / expected) / 10.0);
    }
}
