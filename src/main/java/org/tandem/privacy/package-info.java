/**
 * What Tandem holds about people and why: the personal-data map read from the entities' marks and the processing
 * register (GDPR Art. 30) generated from it.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.tandem.privacy;

import org.springframework.modulith.ApplicationModule;
