/** Activities around the duos: for now the mentors' training path, its sessions, attendance and completions. */
@ApplicationModule(allowedDependencies = {"participant", "programme", "account", "shared"})
package org.tandem.activity;

import org.springframework.modulith.ApplicationModule;
