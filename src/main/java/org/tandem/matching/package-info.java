/** Matching: scoring per programme, exact solving, runs that coordinators review, steer and publish. */
@ApplicationModule(allowedDependencies = {"duo", "participant", "programme", "account", "privacy", "shared"})
package org.tandem.matching;

import org.springframework.modulith.ApplicationModule;
