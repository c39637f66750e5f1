package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tandem.participant.Availability;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Gender;
import org.tandem.participant.GenderPreference;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.Sector;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Language;

class ScoringTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 2);

    /** Scores one criterion alone (weighted), after adjusting the mentor and the mentee. */
    private static Reason only(Criterion criterion, Consumer<Candidates> mentor, Consumer<Candidates> mentee) {
        var a = Candidates.mentor(1);
        var b = Candidates.mentee(2);
        mentor.accept(a);
        mentee.accept(b);
        var rules = new ScoringRules(List.of(new CriterionSetting(criterion, CriterionMode.WEIGHTED, 10)),
                LanguageLevel.B1, true);
        var score = new Scoring(rules, TODAY, Set.of(), Set.of()).score(a.build(), b.build());
        assertThat(score.reasons()).hasSize(1);
        Reason reason = score.reasons().get(0);
        assertThat(score.score()).isEqualTo((int) Math.round(1000 * reason.value()));
        return reason;
    }

    private static void assertReason(Reason reason, double value, String key, String... args) {
        assertThat(reason.value()).isEqualTo(value);
        assertThat(reason.key()).isEqualTo("matching.reason." + key);
        assertThat(reason.args()).containsExactly(args);
    }

    @Test
    void sameSite() {
        assertReason(only(Criterion.SAME_SITE, m -> m.site = 7L, e -> e.site = 7L), 1, "site.same");
        assertReason(only(Criterion.SAME_SITE, m -> m.site = 7L, e -> e.site = 8L), 0, "site.different");
        assertReason(only(Criterion.SAME_SITE, m -> m.site = null, e -> e.site = null), 0, "site.different");
    }

    @Test
    void sharedLanguageAtTheMinimumLevel() {
        assertReason(only(Criterion.SHARED_LANGUAGE,
                m -> m.languages = Map.of(Language.NL, LanguageLevel.NATIVE, Language.FR, LanguageLevel.B2),
                e -> e.languages = Map.of(Language.FR, LanguageLevel.B1, Language.NL, LanguageLevel.A2)),
                1, "language.shared", "FR", "B1");
        assertReason(only(Criterion.SHARED_LANGUAGE, m -> m.languages = Map.of(Language.NL, LanguageLevel.NATIVE),
                e -> e.languages = Map.of(Language.NL, LanguageLevel.A2)), 0, "language.none", "B1");
    }

    @Test
    void sectorOfferedAndSought() {
        assertReason(only(Criterion.SECTOR, m -> m.sectors = Set.of(Sector.ICT, Sector.CARE),
                e -> e.sectors = Set.of(Sector.CARE)), 1, "sector.shared", "CARE");
        assertReason(only(Criterion.SECTOR, m -> m.sectors = Set.of(Sector.ICT), e -> e.sectors = Set.of(Sector.CARE)),
                0, "sector.none");
        assertReason(only(Criterion.SECTOR, m -> { }, e -> e.sectors = Set.of()), 0.5, "sector.open");
    }

    @Test
    void educationSector() {
        assertReason(only(Criterion.EDUCATION_SECTOR, m -> m.education = EducationSector.VO,
                e -> e.education = EducationSector.VO), 1, "education.same", "VO");
        assertReason(only(Criterion.EDUCATION_SECTOR, m -> m.education = EducationSector.PO,
                e -> e.education = EducationSector.MBO), 0, "education.different", "PO", "MBO");
        assertReason(only(Criterion.EDUCATION_SECTOR, m -> { }, e -> e.education = EducationSector.PO), 0.5,
                "education.unknown");
    }

    @Test
    void availabilityCountsSharedHalfDaysAndNeedsCompatibleModes() {
        assertReason(only(Criterion.AVAILABILITY,
                m -> m.availability = Availability.of(Set.of("MON_MORNING", "TUE_EVENING", "FRI_AFTERNOON")),
                e -> e.availability = Availability.of(Set.of("MON_MORNING", "TUE_EVENING", "FRI_AFTERNOON", "SUN_MORNING"))),
                0.75, "availability.overlap", "3");
        assertReason(only(Criterion.AVAILABILITY, m -> m.availability = Availability.of(Set.of("MON_MORNING")),
                e -> e.availability = Availability.of(Set.of("MON_EVENING"))), 0, "availability.none");
        assertReason(only(Criterion.AVAILABILITY, m -> m.mode = MeetingMode.IN_PERSON, e -> e.mode = MeetingMode.ONLINE),
                0, "availability.mode", "IN_PERSON", "ONLINE");
    }

    @Test
    void sharedInterests() {
        assertReason(only(Criterion.INTERESTS, m -> m.interests = Set.of("music", "chess", "cooking"),
                e -> e.interests = Set.of("chess", "music")), 2 / 3.0, "interests.shared", "chess, music");
        assertReason(only(Criterion.INTERESTS, m -> m.interests = Set.of("chess"), e -> e.interests = Set.of("music")),
                0, "interests.none");
    }

    @Test
    void digitalSkillsFit() {
        assertReason(only(Criterion.DIGITAL_SKILLS, m -> m.digital = DigitalSkills.ADVANCED,
                e -> e.digital = DigitalSkills.GOOD), 1, "digital.fit", "ADVANCED", "GOOD");
        assertReason(only(Criterion.DIGITAL_SKILLS, m -> m.digital = DigitalSkills.GOOD,
                e -> e.digital = DigitalSkills.ADVANCED), 0.5, "digital.below", "GOOD", "ADVANCED");
        assertReason(only(Criterion.DIGITAL_SKILLS, m -> m.digital = DigitalSkills.BASIC,
                e -> e.digital = DigitalSkills.ADVANCED), 0, "digital.below", "BASIC", "ADVANCED");
        assertReason(only(Criterion.DIGITAL_SKILLS, m -> m.digital = null, e -> { }), 0.5, "digital.unknown");
    }

    @Test
    void experienceInTheMenteesTargetField() {
        assertReason(only(Criterion.EXPERIENCE, m -> m.years = 4, e -> { }), 0.4, "experience.years", "4", "ICT");
        assertReason(only(Criterion.EXPERIENCE, m -> m.years = 30, e -> { }), 1, "experience.years", "30", "ICT");
        assertReason(only(Criterion.EXPERIENCE, m -> m.sectors = Set.of(Sector.CARE), e -> { }), 0,
                "experience.otherField");
        assertReason(only(Criterion.EXPERIENCE, m -> m.years = null, e -> { }), 0.5, "experience.unknown", "ICT");
    }

    @Test
    void genderPreferenceOnlyWhenStated() {
        assertReason(only(Criterion.GENDER_PREFERENCE, m -> { }, e -> { }), 1, "gender.none");
        assertReason(only(Criterion.GENDER_PREFERENCE, m -> m.gender = Gender.FEMALE,
                e -> e.preference = GenderPreference.FEMALE), 1, "gender.met");
        assertReason(only(Criterion.GENDER_PREFERENCE, m -> m.gender = Gender.MALE,
                e -> e.preference = GenderPreference.FEMALE), 0, "gender.unmet");
        assertReason(only(Criterion.GENDER_PREFERENCE, m -> m.preference = GenderPreference.MALE, e -> { }), 0.5,
                "gender.unknown");
    }

    @Test
    void ageGap() {
        assertReason(only(Criterion.AGE_GAP, m -> m.birthYear = 1965, e -> e.birthYear = 2000), 1, "age.gap", "35");
        assertReason(only(Criterion.AGE_GAP, m -> m.birthYear = 1980, e -> e.birthYear = 2000), 0.5, "age.gap", "20");
        assertReason(only(Criterion.AGE_GAP, m -> m.birthYear = 1995, e -> e.birthYear = 2000), 0, "age.gap", "5");
        assertReason(only(Criterion.AGE_GAP, m -> m.birthYear = null, e -> { }), 0.5, "age.unknown");
    }

    @Test
    void waitingTime() {
        assertReason(only(Criterion.WAITING_TIME, m -> { }, e -> { }), 60 / 180.0, "waiting.days", "60");
        assertReason(only(Criterion.WAITING_TIME, m -> { },
                e -> e.appliedAt = Candidates.APPLIED.minusSeconds(86400L * 400)), 1, "waiting.days", "460");
    }

    @Test
    void scoreIsTheRoundedWeightedMeanOutOfAThousand() {
        var rules = new ScoringRules(List.of(new CriterionSetting(Criterion.SAME_SITE, CriterionMode.WEIGHTED, 30),
                new CriterionSetting(Criterion.INTERESTS, CriterionMode.WEIGHTED, 10),
                new CriterionSetting(Criterion.SECTOR, CriterionMode.HARD, 0)), LanguageLevel.B1, false);
        var mentor = Candidates.mentor(1);
        var mentee = Candidates.mentee(2);
        mentee.interests = Set.of("music", "chess");
        mentor.interests = Set.of("music");
        var score = new Scoring(rules, TODAY, Set.of(), Set.of()).score(mentor.build(), mentee.build());
        // (30 × 1 + 10 × 1/3) / 40 = 0.8333…
        assertThat(score.score()).isEqualTo(833);
        assertThat(score.allowed()).isTrue();
        assertThat(score.reasons()).extracting(Reason::criterion)
                .containsExactlyInAnyOrder(Criterion.SAME_SITE, Criterion.INTERESTS, Criterion.SECTOR);
    }

    @Test
    void hardCriteriaAndAlwaysHardRulesRuleAPairOut() {
        var rules = ScoringRules.defaults(ProgrammeKind.INTERGENERATIONAL);
        var mentor = Candidates.mentor(1);
        mentor.employer = 5L;
        var mentee = Candidates.mentee(2);
        mentee.employer = 5L; // hand-made: mentees have no employer in the application, but the rule holds
        mentee.site = 9L;
        var key = new PairKey(1, 2);
        var score = new Scoring(rules, TODAY, Set.of(key), Set.of(key)).score(mentor.build(), mentee.build());
        assertThat(score.allowed()).isFalse();
        assertThat(score.violations()).containsExactly("SAME_SITE", Scoring.SAME_EMPLOYER, Scoring.DECLINED_BEFORE,
                Scoring.EXCLUDED);

        var careerSwitch = ScoringRules.defaults(ProgrammeKind.CAREER_SWITCH);
        assertThat(careerSwitch.forbidSameEmployer()).isFalse();
        assertThat(new Scoring(careerSwitch, TODAY, Set.of(), Set.of()).score(mentor.build(), mentee.build())
                .violations()).isEmpty();
    }

    @Test
    void defaultsPerProgrammeKind() {
        var career = ScoringRules.defaults(ProgrammeKind.CAREER_SWITCH);
        assertThat(career.setting(Criterion.EDUCATION_SECTOR).weight()).isGreaterThanOrEqualTo(
                career.setting(Criterion.AVAILABILITY).weight());
        assertThat(career.hardCriteria()).isEmpty();
        var inter = ScoringRules.defaults(ProgrammeKind.INTERGENERATIONAL);
        assertThat(inter.hardCriteria()).containsExactly(Criterion.SAME_SITE, Criterion.SHARED_LANGUAGE);
        assertThat(inter.minimumLanguageLevel()).isEqualTo(LanguageLevel.B1);
        assertThat(EnumSet.copyOf(inter.settings().stream().filter(s -> s.mode() == CriterionMode.WEIGHTED)
                .map(CriterionSetting::criterion).toList())).contains(Criterion.SECTOR, Criterion.AVAILABILITY,
                        Criterion.DIGITAL_SKILLS, Criterion.AGE_GAP, Criterion.WAITING_TIME);
        assertThat(inter.relaxed(Criterion.SAME_SITE).hardCriteria()).containsExactly(Criterion.SHARED_LANGUAGE);
    }
}
