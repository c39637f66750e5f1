package org.tandem.activity.intervision;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A mentor's enrolment in a group; the programme is kept with it so that the database holds one group per mentor. */
@Embeddable
class Membership {

    private long programmeId;
    private long enrolmentId;

    protected Membership() {
    }

    Membership(long programmeId, long enrolmentId) {
        this.programmeId = programmeId;
        this.enrolmentId = enrolmentId;
    }

    long enrolmentId() {
        return enrolmentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Membership m && m.programmeId == programmeId && m.enrolmentId == enrolmentId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(programmeId, enrolmentId);
    }
}
