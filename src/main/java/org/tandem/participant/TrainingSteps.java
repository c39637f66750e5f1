package org.tandem.participant;

import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.participant.TrainingEvents.TrainingCompleted;
import org.tandem.shared.NotFoundException;

/**
 * A mentor who completed the training path is trained: only from eligible (the step the training stands for); an
 * enrolment elsewhere in the pipeline is left where it is.
 */
@Component
class TrainingSteps {

    private final EnrolmentRepository enrolments;
    private final EnrolmentService service;
    private final Clock clock;

    TrainingSteps(EnrolmentRepository enrolments, EnrolmentService service, Clock clock) {
        this.enrolments = enrolments;
        this.service = service;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TrainingCompleted completed) {
        var enrolment = enrolments.findById(completed.enrolmentId())
                .orElseThrow(() -> new NotFoundException("enrolment", completed.enrolmentId()));
        if (enrolment.role() == ParticipantRole.MENTOR && enrolment.status() == EnrolmentStatus.ELIGIBLE) {
            service.move(enrolment, e -> e.markTrained(Instant.now(clock)));
        }
    }
}
