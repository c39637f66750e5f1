package org.tandem.participant;

/**
 * A person withdrew a consent for a programme. Whoever holds data or runs a process under that consent stops: this
 * module erases the sensitive data (purpose SENSITIVE_DATA) and ends the participation (PARTICIPATION).
 */
public record ConsentWithdrawn(long personId, long programmeId, ConsentPurpose purpose) {
}
