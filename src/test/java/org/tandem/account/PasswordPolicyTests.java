package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B style rules (issue 13): length, no common or breached password, not the e-mail name. */
class PasswordPolicyTests {

    @Test
    void aLongOwnPhraseIsFineWithoutDigitsOrCapitals() {
        assertThat(PasswordPolicy.violation("walvis op de fiets naar huis", "amal.haddad@example.org")).isEmpty();
    }

    @Test
    void tooShortIsRefused() {
        assertThat(PasswordPolicy.violation("Kort!1aB", "x@example.org")).contains("invitation.password.short");
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedAlsoWithDigitsAround() {
        assertThat(PasswordPolicy.violation("qwertyuiopasdfgh", "x@example.org")).isEmpty()
                .as("not every long string is on the list");
        assertThat(PasswordPolicy.violation("1q2w3e4r5t6y", "x@example.org")).contains("password.common");
        assertThat(PasswordPolicy.violation("Password1234!", "x@example.org")).contains("password.common");
        assertThat(PasswordPolicy.violation("2024sunshine2024", "x@example.org")).contains("password.common");
        assertThat(PasswordPolicy.violation("aaaaaaaaaaaaaa", "x@example.org")).contains("password.common");
    }

    @Test
    void aPasswordContainingTheEmailNameIsRefused() {
        assertThat(PasswordPolicy.violation("Amal.Haddad-is-mijn-naam", "amal.haddad@example.org"))
                .contains("password.email");
    }
}
