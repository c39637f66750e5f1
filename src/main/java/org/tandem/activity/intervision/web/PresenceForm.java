package org.tandem.activity.intervision.web;

import java.util.List;
import java.util.Set;
import org.tandem.activity.intervision.Presence;

/** The ticked list of members present at a session (and the API's body), with the session's version as read. */
record PresenceForm(List<Long> present, Long version) {

    Presence toCommand() {
        return new Presence(present == null ? Set.of() : Set.copyOf(present), version);
    }
}
