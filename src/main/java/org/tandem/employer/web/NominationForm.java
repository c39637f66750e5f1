package org.tandem.employer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.employer.Nomination;

/** An employer contact nominates an employee as a mentor. */
record NominationForm(
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Min(1930) @Max(2015) Integer birthYear,
        @NotNull Long cohortId) {

    static NominationForm empty() {
        return new NominationForm("", "", "", null, null);
    }

    Nomination toNomination() {
        return new Nomination(cohortId, firstName, lastName, email, birthYear);
    }
}
