package org.tandem.employer;

import org.tandem.participant.EnrolmentStatus;

/** How an employer sees where its nominated employees are, without the intake's details. */
public enum MentorGroup {
    ENROLLED, TRAINED, MATCHED, ACTIVE, COMPLETED, STOPPED;

    public static MentorGroup of(EnrolmentStatus status) {
        return switch (status) {
            case NOMINATED, APPLIED, INTAKE_PLANNED, INTAKE_DONE, ELIGIBLE -> ENROLLED;
            case TRAINED, READY_TO_MATCH -> TRAINED;
            case MATCHED -> MATCHED;
            case ACTIVE -> ACTIVE;
            case COMPLETED -> COMPLETED;
            case REJECTED, WITHDRAWN -> STOPPED;
        };
    }
}
