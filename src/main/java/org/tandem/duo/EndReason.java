package org.tandem.duo;

import java.util.EnumSet;
import java.util.Set;

/** Why a proposal was declined or a duo ended before its planned end. */
public enum EndReason {
    NO_CLICK, NO_TIME, AVAILABILITY, MENTEE_FOUND_WORK, MENTEE_STOPPED, MENTOR_STOPPED, HEALTH_OR_PERSONAL, MOVED,
    NO_CONTACT, OTHER;

    /** The reasons that make sense for declining a proposal. */
    public static final Set<EndReason> FOR_DECLINE = EnumSet.of(NO_CLICK, NO_TIME, AVAILABILITY, HEALTH_OR_PERSONAL,
            OTHER);
}
