package org.tandem.activity.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

/**
 * Over the programme's workshops that are over (not called off): the attendance rate, the share of places taken that
 * were attended (walk-ins count as a place attended), and the no-show rate, the share of places registered in
 * advance that were not ticked at the door.
 */
@Component
class WorkshopMetrics implements MetricProvider {

    private final WorkshopRepository workshops;
    private final Clock clock;

    WorkshopMetrics(WorkshopRepository workshops, Clock clock) {
        this.workshops = workshops;
        this.clock = clock;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.WORKSHOP_ATTENDANCE_RATE, Metric.WORKSHOP_NO_SHOW_RATE);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        LocalDateTime now = LocalDateTime.now(clock);
        long places = 0;
        long attended = 0;
        long inAdvance = 0;
        long noShows = 0;
        for (var workshop : workshops.findOver(programmeId, now)) {
            for (var r : workshop.registrations()) {
                if (r.status() != RegistrationStatus.REGISTERED) {
                    continue;
                }
                places++;
                attended += r.attended() ? 1 : 0;
                if (!r.walkedIn()) {
                    inAdvance++;
                    noShows += r.attended() ? 0 : 1;
                }
            }
        }
        return switch (metric) {
            case WORKSHOP_ATTENDANCE_RATE -> percent(attended, places);
            case WORKSHOP_NO_SHOW_RATE -> percent(noShows, inAdvance);
            default -> OptionalDouble.empty();
        };
    }

    private static OptionalDouble percent(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.round(1000.0 * part / whole) / 10.0);
    }
}
