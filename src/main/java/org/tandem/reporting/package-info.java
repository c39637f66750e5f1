/**
 * Reporting: the home pages (the coordinator's day, composed from each module's small counting reads) and, later,
 * dashboards, the funder report and exports.
 */
@ApplicationModule(allowedDependencies = {"account", "programme", "participant", "duo", "evaluation", "notification",
        "employer", "activity :: calendar",
        "activity :: workshop", "activity :: contact", "shared"})
package org.tandem.reporting;

import org.springframework.modulith.ApplicationModule;
