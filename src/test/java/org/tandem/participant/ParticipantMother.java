package org.tandem.participant;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/** Test people and profiles; e-mail addresses are unique so tests never collide. */
public final class ParticipantMother {

    private ParticipantMother() {
    }

    public static PersonData personData(Integer birthYear) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new PersonData("Test", "Person " + id, "test." + id + "@example.org", "+31 6 1234 5678", birthYear,
                Language.NL, "Rotterdam", "3011 AA", Country.NL);
    }

    public static Profile profile() {
        return new Profile(Map.of(Language.NL, LanguageLevel.B2, Language.AR, LanguageLevel.NATIVE),
                Set.of(Sector.LOGISTICS), null, Availability.of(Set.of("MON_MORNING", "TUE_EVENING")),
                MeetingMode.BOTH, Set.of("football"), DigitalSkills.GOOD, 2, "A job in logistics", "A network",
                null, null);
    }

    static Person person() {
        return new Person(personData(1990), 1L, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
