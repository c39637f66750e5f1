package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.tandem.participant.Availability;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Gender;
import org.tandem.participant.GenderPreference;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.Sector;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Language;

class MatcherTests {

    private final Matcher matcher = new Matcher();

    private static Scoring scoring(Set<PairKey> excluded) {
        return new Scoring(ScoringRules.defaults(ProgrammeKind.INTERGENERATIONAL), ScoringTests.TODAY, Set.of(),
                excluded);
    }

    /** A random cohort: sites, languages, employers and modes vary, so hard rules bite. */
    private static List<MatchCandidate> random(Random random, int count, boolean mentors, long firstId) {
        var list = new ArrayList<MatchCandidate>();
        Sector[] sectors = Sector.values();
        for (int i = 0; i < count; i++) {
            var c = mentors ? Candidates.mentor(firstId + i) : Candidates.mentee(firstId + i);
            c.site = (long) random.nextInt(3);
            c.employer = random.nextInt(4) == 0 ? null : (long) random.nextInt(3);
            c.capacity = mentors ? 1 + random.nextInt(2) : 1;
            c.languages = Map.of(Language.NL, LanguageLevel.values()[random.nextInt(7)],
                    Language.FR, LanguageLevel.values()[random.nextInt(7)]);
            c.sectors = Set.of(sectors[random.nextInt(5)]);
            c.availability = new Availability(random.nextInt(1 << 21));
            c.mode = MeetingMode.values()[random.nextInt(3)];
            c.birthYear = mentors ? 1955 + random.nextInt(15) : 1995 + random.nextInt(10);
            c.appliedAt = Candidates.APPLIED.minusSeconds(86400L * random.nextInt(300));
            list.add(c.build());
        }
        return list;
    }

    @RepeatedTest(40)
    void everyProposedPairIsAllowedAndNoCapacityIsExceeded(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        var mentors = random(random, 1 + random.nextInt(12), true, 1);
        var mentees = random(random, 1 + random.nextInt(16), false, 100);
        var excluded = new HashSet<PairKey>();
        for (int i = 0; i < 5; i++) {
            excluded.add(new PairKey(mentors.get(random.nextInt(mentors.size())).enrolmentId(),
                    mentees.get(random.nextInt(mentees.size())).enrolmentId()));
        }
        var scoring = scoring(excluded);
        var result = matcher.match(scoring, mentors, mentees, Set.of());

        var load = new HashMap<Long, Integer>();
        var seen = new HashSet<Long>();
        for (var p : result.proposals()) {
            var mentor = mentors.stream().filter(m -> m.enrolmentId() == p.mentorId()).findFirst().orElseThrow();
            var mentee = mentees.stream().filter(e -> e.enrolmentId() == p.menteeId()).findFirst().orElseThrow();
            var score = scoring.score(mentor, mentee);
            assertThat(score.allowed()).as("pair %s", p).isTrue();
            assertThat(excluded).doesNotContain(new PairKey(p.mentorId(), p.menteeId()));
            assertThat(mentor.employerId() != null && mentor.employerId().equals(mentee.employerId())).isFalse();
            assertThat(p.score()).isEqualTo(score.score());
            assertThat(seen.add(p.menteeId())).isTrue();
            assertThat(load.merge(p.mentorId(), 1, Integer::sum)).isLessThanOrEqualTo(mentor.capacity());
        }
        assertThat(result.matched() + result.unmatched().size()).isEqualTo(mentees.size());
        // an unmatched mentee's relaxation really matches them
        for (var u : result.unmatched()) {
            for (Criterion relaxation : u.relaxations()) {
                var relaxed = new Scoring(scoring.rules().relaxed(relaxation), ScoringTests.TODAY, Set.of(), excluded);
                assertThat(matcher.match(relaxed, mentors, mentees, Set.of()).proposals())
                        .anyMatch(p -> p.menteeId() == u.menteeId());
            }
        }
    }

    /** Every field of a profile varies, unknowns included, so each branch of every criterion is taken. */
    private static List<MatchCandidate> varied(Random random, int count, boolean mentors, long firstId) {
        var list = new ArrayList<MatchCandidate>();
        String[] interests = {"music", "chess", "cooking", "walking", "film"};
        for (int i = 0; i < count; i++) {
            var c = mentors ? Candidates.mentor(firstId + i) : Candidates.mentee(firstId + i);
            c.site = random.nextInt(5) == 0 ? null : (long) random.nextInt(3);
            c.employer = random.nextInt(3) == 0 ? null : (long) random.nextInt(3);
            c.capacity = mentors ? 1 + random.nextInt(2) : 1;
            var languages = new HashMap<Language, LanguageLevel>();
            for (Language l : List.of(Language.NL, Language.FR, Language.EN)) {
                if (random.nextBoolean()) {
                    languages.put(l, LanguageLevel.values()[random.nextInt(7)]);
                }
            }
            c.languages = languages;
            var sectors = new HashSet<Sector>();
            for (int k = random.nextInt(3); k > 0; k--) {
                sectors.add(Sector.values()[random.nextInt(Sector.values().length)]);
            }
            c.sectors = sectors;
            c.education = random.nextInt(3) == 0 ? null : EducationSector.values()[random.nextInt(4)];
            c.availability = new Availability(random.nextInt(1 << 21) & random.nextInt(1 << 21));
            c.mode = MeetingMode.values()[random.nextInt(3)];
            var chosen = new HashSet<String>();
            for (int k = random.nextInt(5); k > 0; k--) {
                chosen.add(interests[random.nextInt(interests.length)]);
            }
            c.interests = chosen;
            c.digital = random.nextInt(4) == 0 ? null : DigitalSkills.values()[random.nextInt(3)];
            c.years = random.nextInt(3) == 0 ? null : random.nextInt(30);
            c.gender = random.nextInt(4) == 0 ? null : Gender.values()[random.nextInt(3)];
            c.preference = random.nextInt(4) == 0 ? null : GenderPreference.values()[random.nextInt(3)];
            c.birthYear = random.nextInt(6) == 0 ? null : (mentors ? 1950 : 1985) + random.nextInt(30);
            c.appliedAt = random.nextInt(6) == 0 ? null : Candidates.APPLIED.minusSeconds(86400L * random.nextInt(400));
            list.add(c.build());
        }
        return list;
    }

    @RepeatedTest(30)
    void scoringAWholeCohortGivesEveryPairItsQuickScoreAndItsViolations(RepetitionInfo repetition) {
        var random = new Random(3000 + repetition.getCurrentRepetition());
        var mentors = varied(random, 14, true, 1);
        var mentees = varied(random, 17, false, 100);
        var settings = new ArrayList<CriterionSetting>();
        for (Criterion c : Criterion.values()) {
            settings.add(new CriterionSetting(c, CriterionMode.values()[random.nextInt(3)], random.nextInt(40)));
        }
        var rules = new ScoringRules(settings, LanguageLevel.values()[random.nextInt(7)], random.nextBoolean());
        var declined = Set.of(new PairKey(1, 100), new PairKey(3, 104));
        var excluded = Set.of(new PairKey(2, 101), new PairKey(1, 102));
        var scoring = new Scoring(rules, ScoringTests.TODAY, declined, excluded);

        int[][] all = Matcher.scoreAll(scoring, mentors, mentees);
        for (int e = 0; e < mentees.size(); e++) {
            for (int m = 0; m < mentors.size(); m++) {
                var full = scoring.score(mentors.get(m), mentees.get(e));
                assertThat(all[e][m]).as("pair %d-%d", m, e)
                        .isEqualTo(scoring.quickScore(mentors.get(m), mentees.get(e)))
                        .isEqualTo(full.allowed() ? full.score() : -1);
                assertThat(scoring.violations(mentors.get(m), mentees.get(e))).isEqualTo(full.violations());
            }
        }
        // what ruled mentors out, per mentee: the pairs' violations counted in the order they first appear
        var everyMentee = new ArrayList<Integer>();
        for (int e = 0; e < mentees.size(); e++) {
            everyMentee.add(e);
        }
        var ruledOut = scoring.ruledOut(mentors, mentees, everyMentee);
        for (int e = 0; e < mentees.size(); e++) {
            var expected = new java.util.LinkedHashMap<String, Integer>();
            for (var mentor : mentors) {
                scoring.score(mentor, mentees.get(e)).violations().forEach(v -> expected.merge(v, 1, Integer::sum));
            }
            assertThat(ruledOut.get(e)).containsExactlyEntriesOf(expected);
        }
        // relaxing a hard criterion keeps the allowed pairs' scores, so they are taken over, not scored again
        for (Criterion criterion : rules.hardCriteria()) {
            var relaxed = new Scoring(rules.relaxed(criterion), ScoringTests.TODAY, declined, excluded);
            int[][] reused = relaxed.scoreAll(mentors, mentees, all);
            for (int e = 0; e < mentees.size(); e++) {
                for (int m = 0; m < mentors.size(); m++) {
                    assertThat(reused[e][m]).isEqualTo(relaxed.quickScore(mentors.get(m), mentees.get(e)));
                }
            }
        }
    }

    @RepeatedTest(10)
    void theQuickScoreIsTheFullScoreWithoutTheWords(RepetitionInfo repetition) {
        var random = new Random(1000 + repetition.getCurrentRepetition());
        var mentors = random(random, 20, true, 1);
        var mentees = random(random, 20, false, 100);
        var excluded = Set.of(new PairKey(1, 100), new PairKey(2, 101));
        for (var kind : ProgrammeKind.values()) {
            var scoring = new Scoring(ScoringRules.defaults(kind), ScoringTests.TODAY, Set.of(new PairKey(3, 102)),
                    excluded);
            for (var mentor : mentors) {
                for (var mentee : mentees) {
                    var full = scoring.score(mentor, mentee);
                    assertThat(scoring.quickScore(mentor, mentee)).isEqualTo(full.allowed() ? full.score() : -1);
                }
            }
        }
    }

    @Test
    void locksAreKeptAndTakeTheMentorsPlace() {
        var mentors = List.of(Candidates.mentor(1).build(), Candidates.mentor(2).build());
        var mentees = List.of(Candidates.mentee(10).build(), Candidates.mentee(11).build());
        var result = matcher.match(scoring(Set.of()), mentors, mentees, Set.of(new PairKey(2, 10)));
        assertThat(result.proposals()).extracting(p -> new PairKey(p.mentorId(), p.menteeId()))
                .containsExactlyInAnyOrder(new PairKey(2, 10), new PairKey(1, 11));
        assertThat(result.proposals()).filteredOn(p -> p.menteeId() == 10).extracting(Matcher.Proposal::origin)
                .containsExactly(Matcher.Origin.LOCKED);
    }

    @Test
    void unmatchedMenteesAreExplainedByWhatRuledMentorsOutAndWhatWouldHelp() {
        var far = Candidates.mentee(10);
        far.site = 2L;
        var noDutch = Candidates.mentee(11);
        noDutch.languages = Map.of(Language.AR, LanguageLevel.NATIVE);
        var mentors = List.of(Candidates.mentor(1).build(), Candidates.mentor(2).build());
        var result = matcher.match(scoring(Set.of()), mentors, List.of(far.build(), noDutch.build()), Set.of());
        assertThat(result.proposals()).isEmpty();
        var byMentee = new HashMap<Long, Matcher.Unmatched>();
        result.unmatched().forEach(u -> byMentee.put(u.menteeId(), u));
        assertThat(byMentee.get(10L).ruledOut()).isEqualTo(Map.of("SAME_SITE", 2));
        assertThat(byMentee.get(10L).relaxations()).containsExactly(Criterion.SAME_SITE);
        assertThat(byMentee.get(11L).ruledOut()).isEqualTo(Map.of("SHARED_LANGUAGE", 2));
        assertThat(byMentee.get(11L).relaxations()).containsExactly(Criterion.SHARED_LANGUAGE);
    }

    @Test
    void aLargeCohortScoredOverSeveralCoresGivesEveryPairItsQuickScore() {
        var random = new Random(5000);
        var mentors = varied(random, 300, true, 1);
        var mentees = varied(random, 400, false, 1000);
        for (var kind : ProgrammeKind.values()) {
            var scoring = new Scoring(ScoringRules.defaults(kind), ScoringTests.TODAY, Set.of(new PairKey(1, 1000)),
                    Set.of(new PairKey(2, 1001)));
            int[][] all = Matcher.scoreAll(scoring, mentors, mentees);
            for (int e = 0; e < mentees.size(); e++) {
                for (int m = 0; m < mentors.size(); m++) {
                    assertThat(all[e][m]).isEqualTo(scoring.quickScore(mentors.get(m), mentees.get(e)));
                }
            }
        }
    }

    @RepeatedTest(10)
    void alternativesAreTheThreeBestOtherAllowedMentorsTiesToTheLowestId(RepetitionInfo repetition) {
        var random = new Random(4000 + repetition.getCurrentRepetition());
        var mentors = random(random, 25, true, 1);
        var mentees = random(random, 12, false, 100);
        var scoring = new Scoring(ScoringRules.defaults(ProgrammeKind.OTHER), ScoringTests.TODAY, Set.of(), Set.of());
        var result = matcher.match(scoring, mentors, mentees, Set.of());
        assertThat(result.proposals()).isNotEmpty();
        for (var p : result.proposals()) {
            var mentee = mentees.stream().filter(e -> e.enrolmentId() == p.menteeId()).findFirst().orElseThrow();
            var expected = mentors.stream().filter(m -> m.enrolmentId() != p.mentorId())
                    .map(m -> new Matcher.Alternative(m.enrolmentId(), scoring.quickScore(m, mentee)))
                    .filter(a -> a.score() >= 0)
                    .sorted(java.util.Comparator.comparingInt(Matcher.Alternative::score).reversed()
                            .thenComparingLong(Matcher.Alternative::mentorId))
                    .limit(3).toList();
            assertThat(p.alternatives()).isEqualTo(expected);
        }
    }

    @Test
    void alternativesAreTheNextBestAllowedMentors() {
        var mentors = new ArrayList<MatchCandidate>();
        for (long id = 1; id <= 5; id++) {
            var m = Candidates.mentor(id);
            m.years = (int) id * 2;
            mentors.add(m.build());
        }
        var result = matcher.match(scoring(Set.of()), mentors, List.of(Candidates.mentee(10).build()), Set.of());
        var proposal = result.proposals().get(0);
        assertThat(proposal.mentorId()).isEqualTo(5);
        assertThat(proposal.alternatives()).extracting(Matcher.Alternative::mentorId).containsExactly(4L, 3L, 2L);
    }

    @Test
    void lateJoinerGetsTheTopAllowedPartnersWithoutSolving() {
        var others = new ArrayList<MatchCandidate>();
        for (long id = 1; id <= 8; id++) {
            var m = Candidates.mentor(id);
            m.years = (int) id;
            m.site = id == 8 ? 2L : 1L;
            others.add(m.build());
        }
        var top = matcher.suggestions(scoring(Set.of()), Candidates.mentee(10).build(), others, 5);
        assertThat(top).extracting(Matcher.Proposal::mentorId).containsExactly(7L, 6L, 5L, 4L, 3L);
        assertThat(top.get(0).reasons()).isNotEmpty();
    }
}
