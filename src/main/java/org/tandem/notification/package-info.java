/**
 * The e-mail outbox: other modules queue their localized mails here; a locked scheduled job sends them over SMTP.
 */
@ApplicationModule(allowedDependencies = {"account", "privacy", "shared"})
package org.tandem.notification;

import org.springframework.modulith.ApplicationModule;
