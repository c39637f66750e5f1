package org.tandem.employer;

import java.util.Set;
import java.util.UUID;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.shared.Country;

/** Test employers and employer-contact users; names are unique so tests never collide. */
public final class EmployerMother {

    public static final String PASSWORD = "test-password-1";

    private EmployerMother() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static EmployerDetails details(String name, boolean heavy) {
        return new EmployerDetails(name, heavy ? EmployerSector.CONSTRUCTION : EmployerSector.RETAIL, heavy,
                SizeBand.MEDIUM, Country.NL, "Utrecht", "test employer");
    }

    public static EmployerDetails details() {
        return details(unique("Employer"), false);
    }

    /** A new user with role EMPLOYER_CONTACT and a unique e-mail address. */
    public static String employerContact(AccountService accounts) {
        String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@test.tandem";
        accounts.create(new NewUser(email, "Contact Tester", PASSWORD, Set.of(Role.EMPLOYER_CONTACT)));
        return email;
    }

    static ContactDetails contact(String userEmail) {
        return new ContactDetails("Contact Person", unique("c").replace(' ', '-') + "@example.org", "010 123",
                "HR", userEmail);
    }
}
