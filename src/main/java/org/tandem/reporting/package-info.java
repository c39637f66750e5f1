/**
 * Reporting: the home pages (the coordinator's day, composed from each module's small counting reads; the mentor's,
 * the employer contact's and the researcher's homes, composed from each module's public reads), the programme
 * dashboard with its kept monthly history, and the funder report.
 */
@ApplicationModule(allowedDependencies = {"account", "programme", "participant", "duo", "evaluation", "notification",
        "privacy", "employer", "activity :: workshop", "activity :: contact", "activity :: calendar", "shared"})
package org.tandem.reporting;

import org.springframework.modulith.ApplicationModule;
