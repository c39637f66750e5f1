package org.tandem.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.account.PasswordResetIssued;

/** Queues the password-reset mail the account module rendered, inside the transaction that forced the reset. */
@Component
class PasswordResetMails {

    private final OutboxService outbox;

    PasswordResetMails(OutboxService outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(PasswordResetIssued reset) {
        outbox.enqueue(new OutgoingMail(reset.email(), reset.displayName(), reset.language(),
                reset.subject(), reset.body(), null, "password-reset"));
    }
}
