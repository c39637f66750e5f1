/**
 * The audit log: who signed in, read sensitive data, downloaded or exported people's data, and changed accounts;
 * recorded from the other modules' events, searched by admins, kept for tandem.audit.retention.
 */
@ApplicationModule(allowedDependencies = {"account", "participant", "privacy", "research", "shared"})
package org.tandem.audit;

import org.springframework.modulith.ApplicationModule;
