package org.tandem.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.account.InvitationIssued;

/** Queues the invitation mail the account module rendered, inside the inviting transaction. */
@Component
class InvitationMails {

    private final OutboxService outbox;

    InvitationMails(OutboxService outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        outbox.enqueue(new OutgoingMail(invitation.email(), invitation.displayName(), invitation.language(),
                invitation.subject(), invitation.body(), null, "invitation"));
    }
}
