package org.tandem.activity.web;

import java.util.List;
import java.util.Set;
import org.tandem.activity.Attendance;

/** The ticked list of mentors present at a session (and the API's body), with the session's version as read. */
record AttendanceForm(List<Long> present, Long version) {

    Attendance toCommand() {
        return new Attendance(present == null ? Set.of() : Set.copyOf(present), version);
    }
}
