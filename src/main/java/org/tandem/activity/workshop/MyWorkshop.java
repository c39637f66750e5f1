package org.tandem.activity.workshop;

import java.time.LocalDateTime;

/**
 * A workshop as a participant or employer contact sees it, with their own registration: {@code status} null when they
 * have none (or gave it up), {@code waitingPlace} set while they wait; whether they may register or give up their
 * place now, and until when.
 */
public record MyWorkshop(WorkshopView workshop, RegistrationStatus status, Integer waitingPlace, boolean attended,
        boolean mayRegister, boolean mayCancel, LocalDateTime cancelUntil, boolean over) {
}
