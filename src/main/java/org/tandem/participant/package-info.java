/**
 * People and their enrolments in cohorts: profiles, the intake pipeline, consents and sensitive data.
 */
@ApplicationModule(allowedDependencies = {"programme", "account", "notification", "privacy", "shared"})
package org.tandem.participant;

import org.springframework.modulith.ApplicationModule;
