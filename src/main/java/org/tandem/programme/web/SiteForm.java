package org.tandem.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.shared.Country;

record SiteForm(@NotBlank @Size(max = 80) String city, @NotNull Country country) {

    static SiteForm empty() {
        return new SiteForm("", Country.NL);
    }
}
