package org.tandem.shared;

/** Free text as entered: surrounding blanks stripped, and nothing at all when nothing was typed. */
public final class Text {

    private Text() {
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
