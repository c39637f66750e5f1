package org.tandem.employer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.employer.EmployerDetails;
import org.tandem.employer.EmployerSector;
import org.tandem.employer.SizeBand;
import org.tandem.shared.Country;

/** The employer form and API body; programmeId is the programme a new employer is recruited for. */
record EmployerForm(
        @NotBlank @Size(max = 120) String name,
        @NotNull EmployerSector sector,
        Boolean heavyProfession,
        @NotNull SizeBand sizeBand,
        @NotNull Country country,
        @NotBlank @Size(max = 80) String city,
        @Size(max = 4000) String notes,
        Long programmeId) {

    static EmployerForm empty(Long programmeId) {
        return new EmployerForm("", EmployerSector.OTHER, false, SizeBand.SMALL, Country.NL, "", "", programmeId);
    }

    static EmployerForm from(EmployerDetails details) {
        return new EmployerForm(details.name(), details.sector(), details.heavyProfession(), details.sizeBand(),
                details.country(), details.city(), details.notes(), null);
    }

    EmployerDetails toDetails() {
        return new EmployerDetails(name, sector, Boolean.TRUE.equals(heavyProfession), sizeBand, country, city, notes);
    }
}
