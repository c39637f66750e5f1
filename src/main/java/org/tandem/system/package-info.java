/**
 * Page chrome, sign-in and access rules, languages and error handling: what every page and endpoint shares.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.tandem.system;

import org.springframework.modulith.ApplicationModule;
