package org.tandem.activity.workshop;

import org.tandem.participant.ParticipantRole;

/** Whom a workshop is for. */
public enum Audience {
    MENTORS, MENTEES, BOTH, EMPLOYERS;

    /** Whether a participant in this role may register. */
    public boolean opensTo(ParticipantRole role) {
        return switch (this) {
            case MENTORS -> role == ParticipantRole.MENTOR;
            case MENTEES -> role == ParticipantRole.MENTEE;
            case BOTH -> true;
            case EMPLOYERS -> false;
        };
    }
}
