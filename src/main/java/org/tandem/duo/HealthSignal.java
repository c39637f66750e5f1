package org.tandem.duo;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a coordinator must act on, most severe first: a duo that stopped meeting is the likeliest to fall apart,
 * then a proposal nobody answered, an agreement nobody signed, too few meetings, and an end coming up.
 */
public enum HealthSignal {
    NO_MEETING, CONFIRMATION_OVERDUE, AGREEMENT_UNSIGNED, BELOW_FREQUENCY, ENDING_SOON;

    /** The signals the duo's members are reminded of by mail. */
    static final Set<HealthSignal> REMINDED = EnumSet.of(NO_MEETING, AGREEMENT_UNSIGNED);

    public boolean reminded() {
        return REMINDED.contains(this);
    }
}
