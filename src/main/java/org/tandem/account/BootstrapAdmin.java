package org.tandem.account;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final BootstrapAdminProperties properties;
    private final AccountService accounts;

    BootstrapAdmin(BootstrapAdminProperties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured() || accounts.anyAdmin()) {
            return;
        }
        var broken = PasswordPolicy.violation(properties.password(), properties.email());
        if (broken.isPresent()) {
            throw new IllegalStateException("tandem.bootstrap-admin.password is refused (" + broken.get()
                    + "): at least " + MINIMUM_PASSWORD_LENGTH + " characters, not a common password, "
                    + "not containing the e-mail name");
        }
        try {
            accounts.create(new NewUser(properties.email(), "Administrator", properties.password(),
                    Set.of(Role.ADMIN)));
        } catch (RuntimeException e) {
            // several nodes starting at once on an empty database: the one that created the admin first wins
            if (!accounts.anyAdmin()) {
                throw e;
            }
            log.info("The first admin was created by another node");
            return;
        }
        log.info("Created the first admin {}", properties.email());
    }
}
