package org.tandem.participant;

/** CEFR levels, and native. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    public boolean atLeast(LanguageLevel other) {
        return compareTo(other) >= 0;
    }
}
