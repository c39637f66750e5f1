/** Employers that release their employees as mentors: recruitment pipeline per programme, pledges, contacts, nominations. */
@ApplicationModule(allowedDependencies = {"participant", "programme", "account", "privacy", "shared"})
package org.tandem.employer;

import org.springframework.modulith.ApplicationModule;
