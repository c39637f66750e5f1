package org.tandem.participant.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.participant.PersonData;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

record PersonForm(
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Min(1920) @Max(2015) Integer birthYear,
        @NotNull Language preferredLanguage,
        @Size(max = 80) String city,
        @Size(max = 16) String postcode,
        Country country) {

    static PersonForm empty(Language language) {
        return new PersonForm("", "", "", "", null, language, "", "", null);
    }

    static PersonForm from(PersonData data) {
        return new PersonForm(data.firstName(), data.lastName(), data.email(), data.phone(), data.birthYear(),
                data.preferredLanguage(), data.city(), data.postcode(), data.country());
    }

    PersonData toData() {
        return new PersonData(firstName, lastName, email, phone, birthYear, preferredLanguage, city, postcode, country);
    }
}
