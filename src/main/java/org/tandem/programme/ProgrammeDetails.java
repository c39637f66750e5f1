package org.tandem.programme;

import java.util.Set;
import org.tandem.shared.Language;

/** The describing part of a programme, as created or edited. */
public record ProgrammeDetails(String name, String description, ProgrammeKind kind, Set<Language> languages,
        int defaultDurationMonths, MeetingFrequency meetingFrequency, Integer mentorMinimumAge,
        Integer menteeMaximumAge) {

    public ProgrammeDetails {
        languages = Set.copyOf(languages);
    }
}
