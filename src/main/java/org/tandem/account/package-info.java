/**
 * Users, their roles and the programmes a coordinator is assigned to; sign-in details.
 */
@ApplicationModule(allowedDependencies = {"privacy", "shared"})
package org.tandem.account;

import org.springframework.modulith.ApplicationModule;
