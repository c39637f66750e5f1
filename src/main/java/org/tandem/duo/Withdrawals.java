package org.tandem.duo;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentWithdrawn;

/** Somebody withdrawn from a programme keeps no duo open: see {@link DuoService#memberWithdrew}. */
@Component
class Withdrawals {

    private final DuoService duos;

    Withdrawals(DuoService duos) {
        this.duos = duos;
    }

    @ApplicationModuleListener
    void on(EnrolmentWithdrawn withdrawn) {
        duos.memberWithdrew(withdrawn);
    }
}
