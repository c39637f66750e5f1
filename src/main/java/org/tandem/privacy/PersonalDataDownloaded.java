package org.tandem.privacy;

import java.time.Instant;
import java.util.Set;

/** Someone downloaded a person's data (subject access); published in the downloading transaction, for the audit log. */
public record PersonalDataDownloaded(long requesterAccountId, Requester.Scope scope, Requester.Format format,
        Long subjectAccountId, Long subjectEnrolmentId, Set<Long> subjectPersonIds, int recordCount, Instant at) {

    public PersonalDataDownloaded {
        subjectPersonIds = Set.copyOf(subjectPersonIds);
    }
}
