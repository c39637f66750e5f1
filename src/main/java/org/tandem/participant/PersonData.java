package org.tandem.participant;

import org.tandem.shared.Country;
import org.tandem.shared.Language;

/** A person's details as entered on a form, in an import row or through the API. */
public record PersonData(String firstName, String lastName, String email, String phone, Integer birthYear,
        Language preferredLanguage, String city, String postcode, Country country) {
}
