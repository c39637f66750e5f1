package org.tandem.participant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.NewConsentText;

/** A new version of a consent text, as the register's form and the API bring it (no material box ticked: false). */
record ConsentTextForm(@NotNull ConsentPurpose purpose, @NotBlank @Size(max = 4000) String textNl,
        @NotBlank @Size(max = 4000) String textEn, @NotBlank @Size(max = 4000) String textFr,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom, Boolean material)
        implements Serializable {

    static ConsentTextForm empty(ConsentPurpose purpose, LocalDate today) {
        return new ConsentTextForm(purpose, "", "", "", today, false);
    }

    NewConsentText toCommand() {
        return new NewConsentText(purpose, textNl, textEn, textFr, effectiveFrom, Boolean.TRUE.equals(material));
    }
}
