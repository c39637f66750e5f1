package org.tandem.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.Sector;
import org.tandem.shared.Language;

/** A matching run as the review page and the API show it. */
public record RunView(Summary summary, String cohortName, List<PairView> pairs, List<UnmatchedView> unmatched,
        List<Card> mentors, List<Card> mentees, List<Summary> otherRuns, ScoringRules profile) {

    public record Summary(long id, long programmeId, long cohortId, Long previousRunId, Instant createdAt,
            String createdBy, int matched, long totalScore, int unmatched, int locks, int exclusions,
            Instant publishedAt, Instant outdatedAt) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    /** What both sides share of themselves with the coordinator's team: no contact details, no sensitive data. */
    public record Card(long enrolmentId, String name, String site, int capacity, Map<Language, LanguageLevel> languages,
            Set<Sector> sectors, Set<String> availability, MeetingMode meetingMode, Set<String> interests,
            DigitalSkills digitalSkills, Integer yearsOfExperience, String ambition) {

        static Card of(MatchCandidate c, String site) {
            var p = c.profile();
            return new Card(c.enrolmentId(), c.name(), site, c.capacity(), p.languages(), p.sectors(),
                    p.availability().slots(), p.meetingMode(), p.interests(), p.digitalSkills(),
                    p.yearsOfExperience(), p.ambition());
        }
    }

    public record AlternativeView(long mentorId, String name, int score) {
    }

    public record PairView(Card mentor, Card mentee, int score, Matcher.Origin origin, List<Reason> reasons,
            List<AlternativeView> alternatives, boolean locked, boolean excluded, String overrideReason) {
    }

    public record UnmatchedView(Card mentee, Map<String, Integer> ruledOut, List<Criterion> relaxations) {
    }

    public record PairRef(long mentorId, String mentorName, long menteeId, String menteeName, int score) {
    }

    public record Comparison(Summary first, Summary second, List<PairRef> added, List<PairRef> removed) {
    }

    public record Suggestion(Card partner, int score, List<Reason> reasons) {
    }

    public record Suggestions(Card person, List<Suggestion> partners) {
    }

    /** A programme's matching profile; {@code version} is null while the programme uses its kind's defaults. */
    public record ProfileView(long programmeId, String programmeName, List<CriterionSetting> settings,
            LanguageLevel minimumLanguageLevel, boolean forbidSameEmployer, Long version) {
    }
}
