package org.tandem;

import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;

/**
 * The users the tests sign in as. Each test class starts on an empty database ({@link CleanDatabase}), so a class
 * creates them before it signs in ({@link #ensure()}, which adds only those not there yet).
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "test-password-1";
    public static final String ADMIN = "admin@test.tandem";
    public static final String COORDINATOR = "coordinator@test.tandem";
    public static final String OTHER_COORDINATOR = "other-coordinator@test.tandem";
    public static final String MENTOR = "mentor@test.tandem";
    public static final String RESEARCHER = "researcher@test.tandem";

    private final AccountService accounts;

    TestUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    public synchronized void ensure() {
        create(ADMIN, Role.ADMIN);
        create(COORDINATOR, Role.COORDINATOR);
        create(OTHER_COORDINATOR, Role.COORDINATOR);
        create(MENTOR, Role.MENTOR);
        create(RESEARCHER, Role.RESEARCHER);
    }

    public long id(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private void create(String email, Role role) {
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.create(new NewUser(email, role.name().toLowerCase() + " tester", PASSWORD, Set.of(role)));
        }
    }
}
