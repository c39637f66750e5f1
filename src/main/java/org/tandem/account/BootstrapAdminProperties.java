package org.tandem.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin of an installation: set TANDEM_BOOTSTRAP_ADMIN_EMAIL and TANDEM_BOOTSTRAP_ADMIN_PASSWORD
 * once; it is created at start-up only while the installation has no admin at all.
 */
@ConfigurationProperties("tandem.bootstrap-admin")
record BootstrapAdminProperties(String email, String password) {

    boolean configured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
