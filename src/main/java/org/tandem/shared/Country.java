package org.tandem.shared;

import java.util.Locale;

/** The countries Tandem's programmes run in. */
public enum Country {
    NL, BE, FR;

    public String displayName(Locale locale) {
        return new Locale("", name()).getDisplayCountry(locale);
    }
}
