package org.tandem.activity.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as naming a mentee in a session record. */
class MenteeNamesTests {

    private static boolean names(String text, String first, String last) {
        return MenteeNames.of(first, last).stream().anyMatch(n -> MenteeNames.mentions(text, n));
    }

    @Test
    void aWholeFirstOrLastNameInAnyCaseIsANameButPartOfAWordOrAParticleIsNot() {
        assertThat(names("We spraken over amal en haar cv.", "Amal", "Haddad")).isTrue();
        assertThat(names("Zij (Haddad) vond werk.", "Amal", "Haddad")).isTrue();
        assertThat(names("Amalia kwam ook.", "Amal", "Haddad")).isFalse();
        assertThat(names("Dit ging van start.", "Sara", "van Dijk")).isFalse();
        assertThat(names("Gesprek met Dijk.", "Sara", "van Dijk")).isTrue();
        assertThat(names("Gesprek met Van Dijk.", "Sara", "van Dijk")).isTrue();
        assertThat(names("Élodie était là.", "élodie", "Martin")).isTrue();
        assertThat(names("Over grenzen.", "Amal", "Haddad")).isFalse();
    }
}
