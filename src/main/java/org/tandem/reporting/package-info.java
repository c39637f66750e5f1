/**
 * Reporting: the home pages (the coordinator's day, composed from each module's small counting reads; the mentor's,
 * the employer contact's and the researcher's homes, composed from each module's public reads) and, later,
 * dashboards, the funder report and exports.
 */
@ApplicationModule(allowedDependencies = {"account", "programme", "participant", "duo", "evaluation", "notification",
        "activity :: workshop", "activity :: contact", "employer", "activity :: calendar", "shared"})
package org.tandem.reporting;

import org.springframework.modulith.ApplicationModule;
