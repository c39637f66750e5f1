package org.tandem.matching;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.tandem.participant.Availability;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EducationSector;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.Gender;
import org.tandem.participant.GenderPreference;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.Profile;
import org.tandem.participant.Sector;
import org.tandem.shared.Language;

/** A small builder of candidates for scoring and matching tests. */
final class Candidates {

    static final Instant APPLIED = Instant.parse("2027-01-01T10:00:00Z");

    long id = 1;
    ParticipantRole role = ParticipantRole.MENTEE;
    Long site = 1L;
    Long employer;
    int capacity = 1;
    Integer birthYear = 2000;
    Instant appliedAt = APPLIED;
    Map<Language, LanguageLevel> languages = Map.of(Language.NL, LanguageLevel.NATIVE);
    Set<Sector> sectors = Set.of(Sector.ICT);
    EducationSector education;
    Availability availability = Availability.of(Set.of("MON_MORNING", "TUE_EVENING"));
    MeetingMode mode = MeetingMode.BOTH;
    Set<String> interests = Set.of("music");
    DigitalSkills digital = DigitalSkills.GOOD;
    Integer years;
    Gender gender;
    GenderPreference preference;

    static Candidates mentor(long id) {
        var c = new Candidates();
        c.id = id;
        c.role = ParticipantRole.MENTOR;
        c.birthYear = 1965;
        c.years = 25;
        return c;
    }

    static Candidates mentee(long id) {
        var c = new Candidates();
        c.id = id;
        return c;
    }

    MatchCandidate build() {
        return new MatchCandidate(id, 1, 1, role, "P" + id, "Test", EnrolmentStatus.READY_TO_MATCH, site, employer,
                capacity, birthYear, appliedAt, new Profile(languages, sectors, education, availability, mode,
                        interests, digital, years, null, null, gender, preference));
    }
}
