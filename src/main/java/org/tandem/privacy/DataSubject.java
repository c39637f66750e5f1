package org.tandem.privacy;

import java.util.Set;

/**
 * Whose data an export covers: the person's participant records and their enrolments, and, when the export covers the
 * whole person (the person themselves, or an admin on their request), their account and e-mail address. A coordinator's
 * export leaves the account and address out ({@code null}), so that it reaches only the records of the coordinator's
 * own programmes: what is keyed by account or address (mails, private notes, other programmes' registrations) is the
 * person's own to download.
 */
public record DataSubject(Set<Long> personIds, Set<Long> enrolmentIds, Long accountId, String email) {

    public DataSubject {
        personIds = Set.copyOf(personIds);
        enrolmentIds = Set.copyOf(enrolmentIds);
    }

    /** Whether the account and the address belong to this export. */
    public boolean wholePerson() {
        return accountId != null || email != null;
    }

    /** Nobody: no record, no account, no address. */
    public boolean isEmpty() {
        return personIds.isEmpty() && enrolmentIds.isEmpty() && accountId == null && email == null;
    }
}
