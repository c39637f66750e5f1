package org.tandem.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.participant.LanguageLevel;
import org.tandem.programme.ProgrammeKind;

/**
 * A matching profile as scoring uses it. Intergenerational programmes forbid pairing a mentor with a mentee from
 * the mentor's own employer; that rule is always hard and not part of the editable profile.
 */
public record ScoringRules(List<CriterionSetting> settings, LanguageLevel minimumLanguageLevel,
        boolean forbidSameEmployer) {

    public ScoringRules {
        var byCriterion = new EnumMap<Criterion, CriterionSetting>(Criterion.class);
        settings.forEach(s -> byCriterion.put(s.criterion(), s));
        for (Criterion c : Criterion.values()) {
            byCriterion.putIfAbsent(c, new CriterionSetting(c, CriterionMode.OFF, 0));
        }
        settings = List.copyOf(byCriterion.values());
        minimumLanguageLevel = minimumLanguageLevel == null ? LanguageLevel.B1 : minimumLanguageLevel;
    }

    public CriterionSetting setting(Criterion criterion) {
        return settings.get(criterion.ordinal());
    }

    public List<Criterion> hardCriteria() {
        return settings.stream().filter(s -> s.mode() == CriterionMode.HARD).map(CriterionSetting::criterion).toList();
    }

    /** The same rules with one hard criterion turned off: "what if we allowed this?". */
    public ScoringRules relaxed(Criterion criterion) {
        var changed = new ArrayList<>(settings);
        changed.set(criterion.ordinal(), new CriterionSetting(criterion, CriterionMode.OFF, 0));
        return new ScoringRules(changed, minimumLanguageLevel, forbidSameEmployer);
    }

    public static ScoringRules defaults(ProgrammeKind kind) {
        Map<Criterion, CriterionSetting> s = new EnumMap<>(Criterion.class);
        switch (kind) {
            case CAREER_SWITCH -> {
                put(s, Criterion.EDUCATION_SECTOR, CriterionMode.WEIGHTED, 40);
                put(s, Criterion.SECTOR, CriterionMode.WEIGHTED, 30);
                put(s, Criterion.EXPERIENCE, CriterionMode.WEIGHTED, 15);
                put(s, Criterion.AVAILABILITY, CriterionMode.WEIGHTED, 15);
                put(s, Criterion.SAME_SITE, CriterionMode.WEIGHTED, 10);
                put(s, Criterion.INTERESTS, CriterionMode.WEIGHTED, 5);
                put(s, Criterion.GENDER_PREFERENCE, CriterionMode.WEIGHTED, 10);
                put(s, Criterion.WAITING_TIME, CriterionMode.WEIGHTED, 5);
            }
            case INTERGENERATIONAL -> {
                put(s, Criterion.SAME_SITE, CriterionMode.HARD, 0);
                put(s, Criterion.SHARED_LANGUAGE, CriterionMode.HARD, 0);
                put(s, Criterion.SECTOR, CriterionMode.WEIGHTED, 30);
                put(s, Criterion.AVAILABILITY, CriterionMode.WEIGHTED, 20);
                put(s, Criterion.DIGITAL_SKILLS, CriterionMode.WEIGHTED, 10);
                put(s, Criterion.AGE_GAP, CriterionMode.WEIGHTED, 10);
                put(s, Criterion.WAITING_TIME, CriterionMode.WEIGHTED, 15);
                put(s, Criterion.INTERESTS, CriterionMode.WEIGHTED, 5);
                put(s, Criterion.EXPERIENCE, CriterionMode.WEIGHTED, 10);
                put(s, Criterion.GENDER_PREFERENCE, CriterionMode.WEIGHTED, 10);
            }
            case OTHER -> {
                for (Criterion c : Criterion.values()) {
                    put(s, c, c == Criterion.EDUCATION_SECTOR || c == Criterion.AGE_GAP ? CriterionMode.OFF
                            : CriterionMode.WEIGHTED, 10);
                }
            }
        }
        return new ScoringRules(List.copyOf(s.values()), LanguageLevel.B1, forbidsSameEmployer(kind));
    }

    public static boolean forbidsSameEmployer(ProgrammeKind kind) {
        return kind == ProgrammeKind.INTERGENERATIONAL;
    }

    private static void put(Map<Criterion, CriterionSetting> s, Criterion c, CriterionMode mode, int weight) {
        s.put(c, new CriterionSetting(c, mode, weight));
    }
}
