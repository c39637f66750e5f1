package org.tandem.participant;

import java.time.Instant;

/** An admin read a person's sensitive data by break-glass, with the reason they gave (for the audit log). */
public record SensitiveDataBreakGlass(long accountId, long enrolmentId, long programmeId, String reason, Instant at) {

    /** The reason is free text and may name the person: never printed whole in logs. */
    @Override
    public String toString() {
        return "SensitiveDataBreakGlass[account=" + accountId + ", enrolment=" + enrolmentId + "]";
    }
}
