package org.tandem.notification;

/** Where a queued mail stands: waiting, delivered to the SMTP server, or given up on. */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
