/**
 * The e-mail outbox: other modules queue their localized mails here; a locked scheduled job sends them over SMTP.
 */
package org.tandem.notification;
