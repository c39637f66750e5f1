package org.tandem.activity.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;

/**
 * Contact moments held per released mentor (held moments, of the plan or extra, over the enrolled mentors that
 * employers committed to the programme released, with a duo or not: the plan runs from their round's start), and the
 * share of the plan's steps due so far that were held (percent). Empty while there is nothing to divide by.
 */
@Component
class ContactMomentMetrics implements MetricProvider {

    private final ContactProgress progress;
    private final Clock clock;

    ContactMomentMetrics(ContactProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.CONTACT_MOMENTS_PER_RELEASED_MENTOR, Metric.CONTACT_MOMENTS_HELD_OF_PLAN);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble measure(long programmeId, Metric metric) {
        return switch (metric) {
            case CONTACT_MOMENTS_PER_RELEASED_MENTOR -> perMentor(programmeId);
            case CONTACT_MOMENTS_HELD_OF_PLAN -> {
                var share = progress.overview(programmeId, null, LocalDate.now(clock)).heldOfPlan();
                yield share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
            }
            default -> OptionalDouble.empty();
        };
    }

    private OptionalDouble perMentor(long programmeId) {
        var figures = progress.heldAndReleasedMentors(programmeId);
        return figures.releasedMentors() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.round(100.0 * figures.held() / figures.releasedMentors()) / 100.0);
    }
}
