package org.tandem.activity.intervision;

import java.util.Set;

/** The facilitator's record of a session: themes from the list, other themes in a few words, a short note. */
public record SessionRecord(Set<IntervisionTheme> themes, String otherTheme, String note, Long version) {

    public SessionRecord {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
