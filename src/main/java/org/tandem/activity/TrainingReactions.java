package org.tandem.activity;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.EnrolmentStatusChanged;
import org.tandem.participant.ParticipantRole;

/**
 * A mentor may complete the path before their intake is finished; once they are declared eligible, the completed
 * training is announced again so that they become trained then.
 */
@Component
class TrainingReactions {

    private final TrainingService training;

    TrainingReactions(TrainingService training) {
        this.training = training;
    }

    @ApplicationModuleListener
    void on(EnrolmentStatusChanged changed) {
        if (changed.role() == ParticipantRole.MENTOR && changed.to() == EnrolmentStatus.ELIGIBLE) {
            training.announceAgain(changed.enrolmentId(), changed.programmeId());
        }
    }
}
