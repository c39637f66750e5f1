package org.tandem.employer.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A pledge, with the recruitment's version as it was read (optional in the API). */
record PledgeForm(@NotNull @Min(0) @Max(500) Integer mentors, @NotNull @Min(0) @Max(1000) Integer hoursPerMonth,
        Long version) {
}
