package org.tandem.participant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/** One step of an enrolment's dated history. */
@Embeddable
class StatusChange {

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    private Instant changedAt;
    @PersonalData(Kind.FREE_TEXT)
    private String reason;

    protected StatusChange() {
    }

    StatusChange(EnrolmentStatus status, Instant changedAt, String reason) {
        this.status = status;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    EnrolmentStatus status() {
        return status;
    }

    Instant changedAt() {
        return changedAt;
    }

    String reason() {
        return reason;
    }
}
