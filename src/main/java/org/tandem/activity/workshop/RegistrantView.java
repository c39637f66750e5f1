package org.tandem.activity.workshop;

import java.time.Instant;

/** Somebody registered for a workshop (a place or the waiting list), as the coordinators' lists show them. */
public record RegistrantView(long id, Long enrolmentId, Long accountId, String name, RegistrationStatus status,
        Integer waitingPlace, boolean attended, boolean walkIn, Instant registeredAt) {
}
