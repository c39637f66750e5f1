package org.tandem.duo;

import java.util.EnumSet;
import java.util.Set;

/** Why a proposal was declined or a duo ended before its planned end. */
public enum EndReason {
    NO_CLICK, NO_TIME, AVAILABILITY, MENTEE_FOUND_WORK, MENTEE_STOPPED, MENTOR_STOPPED, HEALTH_OR_PERSONAL, MOVED,
    NO_CONTACT, OTHER,
    /** Set by Tandem when a member is withdrawn from the programme; never chosen on a form. */
    WITHDRAWN;

    /** The reasons that make sense for declining a proposal. */
    public static final Set<EndReason> FOR_DECLINE = EnumSet.of(NO_CLICK, NO_TIME, AVAILABILITY, HEALTH_OR_PERSONAL,
            OTHER);

    /** The reasons a coordinator may give for an early end. */
    public static final Set<EndReason> FOR_END_EARLY = EnumSet.complementOf(EnumSet.of(WITHDRAWN));
}
