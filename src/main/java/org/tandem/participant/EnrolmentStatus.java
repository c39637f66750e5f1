package org.tandem.participant;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline from application to the end of a participation. Mentors must be trained before they are ready
 * to match; mentees need no training. Withdrawal is possible from every status that is not final.
 */
public enum EnrolmentStatus {
    NOMINATED, APPLIED, INTAKE_PLANNED, INTAKE_DONE, ELIGIBLE, REJECTED, TRAINED, READY_TO_MATCH, MATCHED, ACTIVE,
    COMPLETED, WITHDRAWN;

    public Set<EnrolmentStatus> next(ParticipantRole role) {
        return switch (this) {
            case NOMINATED, APPLIED -> EnumSet.of(INTAKE_PLANNED, WITHDRAWN);
            case INTAKE_PLANNED -> EnumSet.of(INTAKE_DONE, WITHDRAWN);
            case INTAKE_DONE -> EnumSet.of(ELIGIBLE, REJECTED, WITHDRAWN);
            case ELIGIBLE -> role == ParticipantRole.MENTOR
                    ? EnumSet.of(TRAINED, WITHDRAWN) : EnumSet.of(READY_TO_MATCH, WITHDRAWN);
            case TRAINED -> EnumSet.of(READY_TO_MATCH, WITHDRAWN);
            case READY_TO_MATCH -> EnumSet.of(MATCHED, WITHDRAWN);
            case MATCHED -> EnumSet.of(ACTIVE, READY_TO_MATCH, WITHDRAWN);
            case ACTIVE -> EnumSet.of(COMPLETED, READY_TO_MATCH, WITHDRAWN);
            case REJECTED, COMPLETED, WITHDRAWN -> EnumSet.noneOf(EnrolmentStatus.class);
        };
    }

    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == WITHDRAWN;
    }

    /** Still in the programme's pipeline: counted as enrolled. */
    public boolean isEnrolled() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
