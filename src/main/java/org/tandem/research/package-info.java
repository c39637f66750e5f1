/**
 * Research: research projects on a programme, and the pseudonymised export for the researchers on them (keyed
 * pseudonyms per project, small cells generalised or suppressed, every export logged).
 */
@ApplicationModule(allowedDependencies = {"account", "programme", "participant", "duo", "activity", "evaluation", "privacy",
        "shared"})
package org.tandem.research;

import org.springframework.modulith.ApplicationModule;
