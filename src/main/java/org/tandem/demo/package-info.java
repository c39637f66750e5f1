/**
 * The demo programmes and accounts of the embedded default, all synthetic, loaded idempotently at start-up.
 */
@ApplicationModule(allowedDependencies = {"activity", "activity :: *", "duo", "matching", "employer", "evaluation", "participant", "programme", "account", "reporting", "research", "shared"})
package org.tandem.demo;

import org.springframework.modulith.ApplicationModule;
