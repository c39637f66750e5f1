package org.tandem.participant;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an import file may have, in any order, with the header names accepted for each (English and
 * Dutch; case, spaces and hyphens do not matter).
 */
public enum ImportColumn {
    FIRST_NAME(true, "voornaam"),
    LAST_NAME(true, "achternaam"),
    EMAIL(true, "e_mail", "e_mailadres", "emailadres", "mail"),
    PHONE(false, "telefoon", "telefoonnummer"),
    BIRTH_YEAR(false, "geboortejaar"),
    PREFERRED_LANGUAGE(false, "voorkeurstaal", "taal_voorkeur"),
    CITY(false, "woonplaats", "plaats"),
    POSTCODE(false, "postal_code"),
    COUNTRY(false, "land"),
    ROLE(true, "rol"),
    CAPACITY(false, "capaciteit"),
    LANGUAGES(false, "talen"),
    SECTORS(false, "sectoren"),
    EDUCATION_SECTOR(false, "onderwijssector"),
    AVAILABILITY(false, "beschikbaarheid"),
    MEETING_MODE(false, "ontmoetingsvorm", "contactvorm"),
    INTERESTS(false, "interesses"),
    DIGITAL_SKILLS(false, "digitale_vaardigheden"),
    YEARS_OF_EXPERIENCE(false, "jaren_ervaring", "ervaring_jaren"),
    AMBITION(false, "ambitie"),
    NEEDS(false, "behoeften");

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            BY_HEADER.put(column.header(), column);
            for (String alias : column.aliases) {
                BY_HEADER.put(alias, column);
            }
        }
    }

    private final boolean required;
    private final List<String> aliases;

    ImportColumn(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public boolean required() {
        return required;
    }

    /** The English header name, as documented and as exports write it. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> aliases() {
        return aliases;
    }

    static Optional<ImportColumn> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
        return Optional.ofNullable(BY_HEADER.get(key));
    }
}
