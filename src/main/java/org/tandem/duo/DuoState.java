package org.tandem.duo;

import java.util.EnumSet;
import java.util.Set;

/**
 * proposed → confirmed (both said yes) → active (agreement signed by both) → paused ↔ active → completed or ended
 * early; a proposal either side declines is declined. An open duo holds one of its mentor's places.
 */
public enum DuoState {
    PROPOSED, CONFIRMED, ACTIVE, PAUSED, COMPLETED, ENDED_EARLY, DECLINED;

    static final Set<DuoState> OPEN = EnumSet.of(PROPOSED, CONFIRMED, ACTIVE, PAUSED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Running: the duo meets, logs and moves along the stage plan. */
    public boolean isRunning() {
        return this == ACTIVE || this == PAUSED;
    }
}
