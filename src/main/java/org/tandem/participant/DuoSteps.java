package org.tandem.participant;

import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.participant.DuoEvents.DuoClosed;
import org.tandem.participant.DuoEvents.DuoProposed;
import org.tandem.participant.DuoEvents.DuoStarted;
import org.tandem.shared.NotFoundException;

/**
 * The enrolments of a duo's members follow the duo: matched when proposed, active when started, completed or back in
 * the pool when it closes. An enrolment that has left the programme (withdrawn) stays where it is.
 */
@Component
class DuoSteps {

    private final EnrolmentRepository enrolments;
    private final EnrolmentService service;
    private final Clock clock;

    DuoSteps(EnrolmentRepository enrolments, EnrolmentService service, Clock clock) {
        this.enrolments = enrolments;
        this.service = service;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DuoProposed proposed) {
        matched(proposed.mentorEnrolmentId());
        matched(proposed.menteeEnrolmentId());
    }

    @ApplicationModuleListener
    void on(DuoStarted started) {
        activate(started.mentorEnrolmentId());
        activate(started.menteeEnrolmentId());
    }

    @ApplicationModuleListener
    void on(DuoClosed closed) {
        close(closed.menteeEnrolmentId(), closed);
        if (!closed.mentorHasOtherOpenDuos()) {
            close(closed.mentorEnrolmentId(), closed);
        }
    }

    /** A mentor with room for two stays matched or active when the second duo is proposed. */
    private void matched(long enrolmentId) {
        var enrolment = enrolment(enrolmentId);
        if (enrolment.status() == EnrolmentStatus.READY_TO_MATCH) {
            service.move(enrolment, e -> e.matched(now()));
        }
    }

    private void activate(long enrolmentId) {
        var enrolment = enrolment(enrolmentId);
        if (enrolment.status() == EnrolmentStatus.MATCHED) {
            service.move(enrolment, e -> e.activate(now()));
        }
    }

    private void close(long enrolmentId, DuoClosed closed) {
        var enrolment = enrolment(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.MATCHED && enrolment.status() != EnrolmentStatus.ACTIVE) {
            return;
        }
        if (closed.closure().backToPool()) {
            service.move(enrolment, e -> e.returnToPool(closed.closure() == DuoEvents.Closure.DECLINED
                    ? "duo.declined" : "duo.endedEarly", now()));
        } else {
            service.move(enrolment, e -> e.complete(now()));
        }
    }

    private Enrolment enrolment(long id) {
        return enrolments.findById(id).orElseThrow(() -> new NotFoundException("enrolment", id));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
