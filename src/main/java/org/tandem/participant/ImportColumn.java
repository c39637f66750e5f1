package org.tandem.participant;

import java.util.List;
import org.tandem.shared.ImportHeaders;

/**
 * The columns an import file may have, in any order, with the header names accepted for each (English and
 * Dutch; case, spaces and hyphens do not matter).
 */
public enum ImportColumn implements ImportHeaders.Column {
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

    private final boolean required;
    private final List<String> aliases;

    ImportColumn(boolean required, String... aliases) {
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
