package org.tandem.privacy;

import java.time.Instant;
import java.util.Set;

/**
 * A person's data was erased (GDPR Art. 17): by whom, on what ground and why, and which rows (by id only: after the
 * erasure they identify nobody). Published in the erasure's transaction, for the audit trail.
 */
public record PersonErased(long erasureId, Set<Long> personIds, Set<Long> enrolmentIds, Long accountId,
        Eraser.Basis basis, Long erasedByAccountId, String erasedBy, String reason, Instant erasedAt) {

    public PersonErased {
        personIds = Set.copyOf(personIds);
        enrolmentIds = Set.copyOf(enrolmentIds);
    }
}
