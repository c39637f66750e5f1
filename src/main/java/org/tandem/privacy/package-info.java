/**
 * What Tandem holds about people and why: the personal-data map read from the entities' marks, the processing
 * register (GDPR Art. 30) generated from it, and subject access (Art. 15, 20): every module contributes its part of a
 * person's data through {@link org.tandem.privacy.PersonalDataSource}; each download is recorded.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.tandem.privacy;

import org.springframework.modulith.ApplicationModule;
