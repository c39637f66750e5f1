package org.tandem.participant;

/** A coordinator was shown a person's sensitive data (on the enrolment's page or in the API), for the audit log. */
public record SensitiveDataShown(long accountId, long enrolmentId, long personId, long programmeId) {
}
