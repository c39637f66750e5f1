package org.tandem.activity.intervision;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentWithdrawn;
import org.tandem.participant.ParticipantRole;

/** A mentor withdrawn from the programme leaves their intervision group (and its upcoming sessions). */
@Component
class IntervisionReactions {

    private final IntervisionService intervision;

    IntervisionReactions(IntervisionService intervision) {
        this.intervision = intervision;
    }

    @ApplicationModuleListener
    void on(EnrolmentWithdrawn withdrawn) {
        if (withdrawn.role() == ParticipantRole.MENTOR) {
            intervision.withdrawn(withdrawn.enrolmentId());
        }
    }
}
