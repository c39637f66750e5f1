package org.tandem.employer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.employer.EmployerDetails;
import org.tandem.employer.EmployerSector;
import org.tandem.employer.EmployerView;
import org.tandem.employer.SizeBand;
import org.tandem.shared.Country;

/**
 * The employer form and API body; programmeId is the programme a new employer is recruited for, version that of
 * the employer a change was read from (optional in the API).
 */
record EmployerForm(
        @NotBlank @Size(max = 120) String name,
        @NotNull EmployerSector sector,
        Boolean heavyProfession,
        @NotNull SizeBand sizeBand,
        @NotNull Country country,
        @NotBlank @Size(max = 80) String city,
        @Size(max = 4000) String notes,
        Long programmeId,
        Long version) {

    static EmployerForm empty(Long programmeId) {
        return new EmployerForm("", EmployerSector.OTHER, false, SizeBand.SMALL, Country.NL, "", "", programmeId,
                null);
    }

    static EmployerForm from(EmployerView employer) {
        var details = employer.details();
        return new EmployerForm(details.name(), details.sector(), details.heavyProfession(), details.sizeBand(),
                details.country(), details.city(), details.notes(), null, employer.version());
    }

    EmployerDetails toDetails() {
        return new EmployerDetails(name, sector, Boolean.TRUE.equals(heavyProfession), sizeBand, country, city, notes);
    }
}
