package org.tandem.employer;

import org.tandem.shared.Country;

/** What describes an employer, as a coordinator enters it. */
public record EmployerDetails(String name, EmployerSector sector, boolean heavyProfession, SizeBand sizeBand,
        Country country, String city, String notes) {
}
