package org.tandem.programme;

import java.util.Set;

/** draft → recruiting → running → closed; a programme may be closed from any earlier status. */
public enum ProgrammeStatus {
    DRAFT, RECRUITING, RUNNING, CLOSED;

    public Set<ProgrammeStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(RECRUITING, CLOSED);
            case RECRUITING -> Set.of(RUNNING, CLOSED);
            case RUNNING -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean canMoveTo(ProgrammeStatus target) {
        return next().contains(target);
    }
}
