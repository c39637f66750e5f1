/**
 * Evaluation: questionnaires (versioned, in three languages, imported and exported as JSON or XLSX), survey waves per
 * cohort and role with invitations by mail, answers kept under a respondent key apart from the person, the response
 * monitor, and the statistics that show a programme's effect (with the audit commands {@code prepost} and
 * {@code alpha}).
 */
@ApplicationModule(allowedDependencies = {"duo", "employer", "participant", "programme", "account", "notification",
        "privacy", "shared"})
package org.tandem.evaluation;

import org.springframework.modulith.ApplicationModule;
