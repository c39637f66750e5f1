package org.tandem.participant;

import java.time.Instant;

/** Who gave a consent in a programme, to which version and when; {@code enrolmentId} leads to the participant. */
public record ConsentHolder(long consentId, long personId, Long enrolmentId, String name, ConsentPurpose purpose,
        int textVersion, Instant givenAt, Instant withdrawnAt, boolean renewed, boolean askAgain) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
