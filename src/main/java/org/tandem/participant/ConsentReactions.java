package org.tandem.participant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Without consent to take part, a person cannot stay in a programme: their enrolments there that are still under
 * way are withdrawn (and, through {@link EnrolmentWithdrawn}, their open duos end).
 */
@Component
class ConsentReactions {

    static final String REASON = "enrolment.withdrawn.consent";

    private final EnrolmentRepository enrolments;
    private final EnrolmentService service;

    ConsentReactions(EnrolmentRepository enrolments, EnrolmentService service) {
        this.enrolments = enrolments;
        this.service = service;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() != ConsentPurpose.PARTICIPATION) {
            return;
        }
        for (var enrolment : enrolments.findByPerson(withdrawn.personId())) {
            if (enrolment.programmeId() == withdrawn.programmeId() && !enrolment.status().isFinal()) {
                service.withdraw(enrolment, REASON, enrolment.person().email());
            }
        }
    }
}
