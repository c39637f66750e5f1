package org.tandem.activity;

import java.util.Set;

/** Who was present at a session (the whole list, as ticked), against the session's version as it was read. */
public record Attendance(Set<Long> present, Long version) {

    public Attendance {
        present = present == null ? Set.of() : Set.copyOf(present);
    }
}
