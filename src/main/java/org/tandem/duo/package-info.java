/** Duos: a mentor and a mentee together, from the proposal a published matching makes. */
@ApplicationModule(allowedDependencies = {"participant", "programme", "account", "notification", "privacy", "shared"})
package org.tandem.duo;

import org.springframework.modulith.ApplicationModule;
