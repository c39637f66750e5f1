package org.tandem.activity.calendar;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails every change of somebody's place in an activity, after the change committed: the kinds publish
 * {@link InviteChanged} and never write these mails themselves. A mail that cannot be queued is retried through the
 * event publication registry, so none is lost.
 */
@Component
class InviteMails {

    private final CalendarMails mails;

    InviteMails(CalendarMails mails) {
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(InviteChanged changed) {
        mails.inviteChanged(changed);
    }
}
