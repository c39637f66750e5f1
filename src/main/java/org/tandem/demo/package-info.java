/**
 * The demo programmes and accounts of the embedded default, all synthetic, loaded idempotently at start-up.
 */
<<<<<<< HEAD
@ApplicationModule(allowedDependencies = {"activity", "activity :: *", "duo", "matching", "employer", "evaluation", "participant", "programme", "account", "research", "shared"})
=======
@ApplicationModule(allowedDependencies = {"activity", "activity :: *", "duo", "matching", "employer", "evaluation", "participant", "programme", "reporting", "account", "shared"})
>>>>>>> reporting-dashboard
package org.tandem.demo;

import org.springframework.modulith.ApplicationModule;
