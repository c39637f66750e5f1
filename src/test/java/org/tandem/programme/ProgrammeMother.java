package org.tandem.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.tandem.shared.Language;

/** Test programmes and cohorts with sensible defaults; names are unique so tests never collide. */
public final class ProgrammeMother {

    private ProgrammeMother() {
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProgrammeDetails details(String name) {
        return new ProgrammeDetails(name, "A test programme", ProgrammeKind.INTERGENERATIONAL,
                EnumSet.of(Language.NL, Language.FR), 6, MeetingFrequency.WEEKLY, 50, null);
    }

    public static ProgrammeDetails details() {
        return details(uniqueName("Programme"));
    }

    public static CohortDetails cohort(String name) {
        return new CohortDetails(name, CohortKind.ROUND, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
    }

    static Programme draft() {
        return Programme.draft(details(), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
