/**
 * Evaluation: questionnaires, waves and the statistics that show a programme's effect. For now the statistics
 * (paired before/after comparison, scale reliability, Holm's adjustment) and the audit commands {@code prepost} and
 * {@code alpha} that run them on a file.
 */
@ApplicationModule(allowedDependencies = {"employer", "programme", "account", "shared"})
package org.tandem.evaluation;

import org.springframework.modulith.ApplicationModule;
