/**
 * Programmes: their sites, cohorts, stage plan, eligibility rules and the targets they are funded on.
 */
@ApplicationModule(allowedDependencies = {"account", "shared"})
package org.tandem.programme;

import org.springframework.modulith.ApplicationModule;
