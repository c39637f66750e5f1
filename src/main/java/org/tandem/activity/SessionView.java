package org.tandem.activity;

import java.time.LocalDateTime;
import java.util.Set;

/** A training session as pages and the API show it, with who was present. */
public record SessionView(long id, long programmeId, long moduleId, String moduleName, LocalDateTime startsAt,
        LocalDateTime endsAt, Long siteId, String onlineLink, String place, String trainer, int capacity,
        Set<Long> present, long version) {

    static SessionView from(TrainingSession session, String moduleName) {
        return new SessionView(session.id(), session.programmeId(), session.moduleId(), moduleName,
                session.startsAt(), session.endsAt(), session.siteId(), session.onlineLink(), session.place(),
                session.trainer(), session.capacity(), session.present(), session.version());
    }
}
