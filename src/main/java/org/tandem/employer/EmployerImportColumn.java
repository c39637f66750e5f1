package org.tandem.employer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an employer import file may have, in any order, with the header names accepted for each (English
 * and Dutch; case, spaces and hyphens do not matter).
 */
public enum EmployerImportColumn {
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

    private static final Map<String, EmployerImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (EmployerImportColumn column : values()) {
            BY_HEADER.put(column.header(), column);
            for (String alias : column.aliases) {
                BY_HEADER.put(alias, column);
            }
        }
    }

    private final boolean required;
    private final List<String> aliases;

    EmployerImportColumn(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public boolean required() {
        return required;
    }

    /** The English header name, as documented. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> aliases() {
        return aliases;
    }

    static Optional<EmployerImportColumn> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
        return Optional.ofNullable(BY_HEADER.get(key));
    }
}
