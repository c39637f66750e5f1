package org.tandem.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The clock of an installation with the demo: the system's, except on the thread that loads the demo while it plays
 * a step of the story at the moment the story has it (a duo confirmed three weeks ago). The demo's past is written
 * by the modules' own services, stamped with that moment, instead of being patched into their tables afterwards.
 * Requests served meanwhile run on other threads and see the real time.
 */
@Component
@Primary
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> storyTime = new ThreadLocal<>();

    DemoClock() {
        this(Clock.systemDefaultZone());
    }

    private DemoClock(Clock system) {
        this.system = system;
    }

    /** Runs a step of the demo's story as if it were {@code at}; steps may nest. */
    <T> T at(Instant at, Supplier<T> step) {
        Instant before = storyTime.get();
        storyTime.set(at);
        try {
            return step.get();
        } finally {
            if (before == null) {
                storyTime.remove();
            } else {
                storyTime.set(before);
            }
        }
    }

    void at(Instant at, Runnable step) {
        at(at, () -> {
            step.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant at = storyTime.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : system.withZone(zone);
    }
}
