package org.tandem.evaluation;

import java.util.Locale;

/** A text of a questionnaire in the three languages Tandem speaks; a respondent reads it in their own. */
public record Texts(String nl, String en, String fr) {

    public String in(Locale locale) {
        String text = switch (locale == null ? "nl" : locale.getLanguage()) {
            case "en" -> en;
            case "fr" -> fr;
            default -> nl;
        };
        return text == null || text.isBlank() ? nl : text;
    }

    /** The languages (nl, en, fr) that have no text. */
    java.util.List<String> missing() {
        var missing = new java.util.ArrayList<String>();
        if (nl == null || nl.isBlank()) {
            missing.add("nl");
        }
        if (en == null || en.isBlank()) {
            missing.add("en");
        }
        if (fr == null || fr.isBlank()) {
            missing.add("fr");
        }
        return missing;
    }
}
