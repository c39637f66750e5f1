package org.tandem.employer.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record PledgeForm(@NotNull @Min(0) @Max(500) Integer mentors, @NotNull @Min(0) @Max(1000) Integer hoursPerMonth) {
}
