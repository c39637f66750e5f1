package org.tandem.activity.intervision;

import java.util.Set;

/** The members ticked present at a session (the others were absent), against the session's version as read. */
public record Presence(Set<Long> present, Long version) {

    public Presence {
        present = present == null ? Set.of() : Set.copyOf(present);
    }
}
