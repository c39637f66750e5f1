package org.tandem.shared;

import java.util.Locale;

/** Languages a programme can be offered in or a participant can speak (ISO 639-1). */
public enum Language {
    NL, FR, EN, DE, AR, TR, ES, PL, UK, FA, TI, SO, PT, RU;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName(Locale locale) {
        return new Locale(code()).getDisplayLanguage(locale);
    }

    public static Language fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
