package org.tandem.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountLocked;

/** Tells the owner of an account that it is locked for a while after too many failed sign-ins. */
@Component
class AccountLockMails {

    private final OutboxService outbox;

    AccountLockMails(OutboxService outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(AccountLocked locked) {
        outbox.enqueue(new OutgoingMail(locked.email(), locked.displayName(), locked.language(), locked.subject(),
                locked.body(), null, "account-locked"));
    }
}
