package org.tandem.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One version of a consent text. {@code publishedAt} is null for Tandem's standard text (version 1) while no one has
 * agreed to it in the programme yet; it is stored as it reads the first time someone does.
 */
public record ConsentTextView(ConsentPurpose purpose, int number, Texts texts, LocalDate effectiveFrom,
        boolean material, Instant publishedAt) {

    /** The text in Dutch, English and French. */
    public record Texts(String nl, String en, String fr) {

        public String in(Locale locale) {
            return switch (locale == null ? "nl" : locale.getLanguage()) {
                case "en" -> en;
                case "fr" -> fr;
                default -> nl;
            };
        }
    }

    /** The text in the language of the page. */
    public String text(Locale locale) {
        return texts.in(locale);
    }

    public boolean effectiveOn(LocalDate day) {
        return effectiveFrom == null || !effectiveFrom.isAfter(day);
    }
}
