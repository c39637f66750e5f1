package org.tandem.employer;

import java.util.List;
import org.tandem.shared.ImportHeaders;

/**
 * The columns an employer import file may have, in any order, with the header names accepted for each (English
 * and Dutch; case, spaces and hyphens do not matter).
 */
public enum EmployerImportColumn implements ImportHeaders.Column {
    NAME(true, "naam", "werkgever"),
    SECTOR(true),
    HEAVY_PROFESSION(false, "zwaar_beroep"),
    SIZE_BAND(true, "omvang"),
    COUNTRY(true, "land"),
    CITY(true, "plaats", "stad", "vestigingsplaats"),
    STAGE(false, "fase"),
    PLEDGED_MENTORS(false, "toegezegde_mentoren"),
    HOURS_PER_MONTH(false, "uren_per_maand"),
    CONTACT_NAME(false, "contactpersoon", "naam_contactpersoon"),
    CONTACT_EMAIL(false, "contact_e_mail", "e_mail_contactpersoon"),
    CONTACT_PHONE(false, "contact_telefoon", "telefoon_contactpersoon"),
    NOTES(false, "notities", "opmerkingen");

    private final boolean required;
    private final List<String> aliases;

    EmployerImportColumn(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
