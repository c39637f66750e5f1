package org.tandem.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.Gender;
import org.tandem.participant.GenderPreference;
import org.tandem.shared.Language;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.Profile;

/**
 * Scores one mentor–mentee pair under a programme's rules: each criterion 0..1 with its reason in words, the
 * weighted criteria combined into round(1000 × Σ wᵢsᵢ / Σ wᵢ), the hard ones and the always-hard rules deciding
 * whether the pair is allowed at all. Pure: the same inputs give the same score.
 */
public final class Scoring {

    public static final String SAME_EMPLOYER = "SAME_EMPLOYER";
    public static final String DECLINED_BEFORE = "DECLINED_BEFORE";
    public static final String EXCLUDED = "EXCLUDED";

    static final int FULL_AVAILABILITY = 4;
    static final int FULL_INTERESTS = 3;
    static final int FULL_EXPERIENCE_YEARS = 10;
    static final int FULL_WAITING_DAYS = 180;

    private final ScoringRules rules;
    private final LocalDate today;
    private final Set<PairKey> declined;
    private final Set<PairKey> excluded;

    public Scoring(ScoringRules rules, LocalDate today, Set<PairKey> declined, Set<PairKey> excluded) {
        this.rules = rules;
        this.today = today;
        this.declined = Set.copyOf(declined);
        this.excluded = Set.copyOf(excluded);
    }

    public ScoringRules rules() {
        return rules;
    }

    LocalDate today() {
        return today;
    }

    Set<PairKey> declined() {
        return declined;
    }

    Set<PairKey> excluded() {
        return excluded;
    }

    public PairScore score(MatchCandidate mentor, MatchCandidate mentee) {
        var reasons = new ArrayList<Reason>();
        var violations = new ArrayList<String>();
        long weights = 0;
        double sum = 0;
        for (CriterionSetting setting : rules.settings()) {
            if (setting.mode() == CriterionMode.OFF) {
                continue;
            }
            Reason reason = evaluate(setting, mentor, mentee);
            reasons.add(reason);
            if (setting.mode() == CriterionMode.HARD && !reason.passed()) {
                violations.add(setting.criterion().name());
            } else if (setting.mode() == CriterionMode.WEIGHTED) {
                weights += setting.weight();
                sum += setting.weight() * reason.value();
            }
        }
        alwaysHard(mentor, mentee, violations);
        int score = weights == 0 ? 1000 : (int) Math.round(1000 * sum / weights);
        return new PairScore(score, reasons, violations);
    }

    /**
     * The pair's score without the words, or -1 when a hard rule rules the pair out: the same number as
     * {@code score(mentor, mentee)}, cheap enough to score every pair of a large cohort.
     */
    public int quickScore(MatchCandidate mentor, MatchCandidate mentee) {
        long weights = 0;
        double sum = 0;
        for (CriterionSetting setting : rules.settings()) {
            if (setting.mode() == CriterionMode.OFF) {
                continue;
            }
            double value = value(setting.criterion(), mentor, mentee);
            if (setting.mode() == CriterionMode.HARD) {
                if (value <= 0) {
                    return -1;
                }
            } else {
                weights += setting.weight();
                sum += setting.weight() * value;
            }
        }
        if (rules.forbidSameEmployer() && mentor.employerId() != null
                && mentor.employerId().equals(mentee.employerId())) {
            return -1;
        }
        if (!declined.isEmpty() || !excluded.isEmpty()) {
            var key = new PairKey(mentor.enrolmentId(), mentee.enrolmentId());
            if (declined.contains(key) || excluded.contains(key)) {
                return -1;
            }
        }
        return weights == 0 ? 1000 : (int) Math.round(1000 * sum / weights);
    }

    /** The rules that hold whatever the profile says: not the own employer's team, not declined, not excluded. */
    private void alwaysHard(MatchCandidate mentor, MatchCandidate mentee, List<String> violations) {
        if (rules.forbidSameEmployer() && mentor.employerId() != null
                && mentor.employerId().equals(mentee.employerId())) {
            violations.add(SAME_EMPLOYER);
        }
        var key = new PairKey(mentor.enrolmentId(), mentee.enrolmentId());
        if (declined.contains(key)) {
            violations.add(DECLINED_BEFORE);
        }
        if (excluded.contains(key)) {
            violations.add(EXCLUDED);
        }
    }

    /** The hard rules a pair breaks, as {@code score(mentor, mentee).violations()} lists them, without the words. */
    public List<String> violations(MatchCandidate mentor, MatchCandidate mentee) {
        var violations = new ArrayList<String>(2);
        for (CriterionSetting setting : rules.settings()) {
            if (setting.mode() == CriterionMode.HARD && value(setting.criterion(), mentor, mentee) <= 0) {
                violations.add(setting.criterion().name());
            }
        }
        alwaysHard(mentor, mentee, violations);
        return violations;
    }

    /**
     * Every pair's {@link #quickScore}, mentees by mentors, -1 where a hard rule rules the pair out: the same numbers,
     * from each person's profile read once into arrays and bit sets, so a cohort of thousands scores in a blink.
     * Hard criteria are checked first (a pair that breaks one is out whatever it scores); the weighted ones are added
     * in the profile's order, as {@link #quickScore} adds them, so the sums are the same to the last bit.
     */
    int[][] scoreAll(List<MatchCandidate> mentors, List<MatchCandidate> mentees) {
        return scoreAll(mentors, mentees, null);
    }

    /**
     * The same, taking every allowed pair's score from {@code known}: scores of the same people under rules that
     * differ from these only by more hard criteria, which keep the same pairs' scores and rule out more of them.
     */
    int[][] scoreAll(List<MatchCandidate> mentors, List<MatchCandidate> mentees, int[][] known) {
        var interestBits = interestBits(mentors, mentees);
        var a = new Side(mentors, interestBits, rules.minimumLanguageLevel(), today);
        var b = new Side(mentees, interestBits, rules.minimumLanguageLevel(), today);
        var active = new ArrayList<CriterionSetting>();
        rules.settings().stream().filter(x -> x.mode() == CriterionMode.HARD).forEach(active::add);
        rules.settings().stream().filter(x -> x.mode() == CriterionMode.WEIGHTED).forEach(active::add);
        int n = active.size();
        var criteria = new Criterion[n];
        var hard = new boolean[n];
        var weight = new int[n];
        for (int k = 0; k < n; k++) {
            criteria[k] = active.get(k).criterion();
            hard[k] = active.get(k).mode() == CriterionMode.HARD;
            weight[k] = active.get(k).weight();
        }
        boolean keys = !declined.isEmpty() || !excluded.isEmpty();
        var scores = new int[mentees.size()][mentors.size()];
        // rows are independent: large cohorts share them out over the cores, small ones stay on this thread
        var rows = java.util.stream.IntStream.range(0, b.size);
        (a.size * (long) b.size >= PARALLEL_PAIRS ? rows.parallel() : rows).forEach(e -> {
            int[] row = scores[e];
            int[] knownRow = known == null ? null : known[e];
            pairs:
            for (int m = 0; m < a.size; m++) {
                if (knownRow != null && knownRow[m] >= 0) {
                    row[m] = knownRow[m];
                    continue;
                }
                if (rules.forbidSameEmployer() && a.hasEmployer[m] && b.hasEmployer[e]
                        && a.employer[m] == b.employer[e]) {
                    row[m] = -1;
                    continue;
                }
                long weights = 0;
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    double value = value(criteria[k], a, m, b, e);
                    if (hard[k]) {
                        if (value <= 0) {
                            row[m] = -1;
                            continue pairs;
                        }
                    } else {
                        weights += weight[k];
                        sum += weight[k] * value;
                    }
                }
                if (keys) {
                    var key = new PairKey(a.id[m], b.id[e]);
                    if (declined.contains(key) || excluded.contains(key)) {
                        row[m] = -1;
                        continue;
                    }
                }
                row[m] = weights == 0 ? 1000 : (int) Math.round(1000 * sum / weights);
            }
        });
        return scores;
    }

    /**
     * For each of the given mentees, how many of the mentors each hard rule rules out: what merging
     * {@code score(mentor, mentee).violations()} over the mentors in their order gives, rules in order of first
     * appearance, without building a breakdown per pair.
     */
    List<Map<String, Integer>> ruledOut(List<MatchCandidate> mentors, List<MatchCandidate> mentees,
            List<Integer> menteeIndexes) {
        var interestBits = interestBits(mentors, mentees);
        var a = new Side(mentors, interestBits, rules.minimumLanguageLevel(), today);
        var b = new Side(mentees, interestBits, rules.minimumLanguageLevel(), today);
        var hardRules = rules.hardCriteria();
        var names = new ArrayList<String>();
        hardRules.forEach(c -> names.add(c.name()));
        int employerRule = names.size();
        names.addAll(List.of(SAME_EMPLOYER, DECLINED_BEFORE, EXCLUDED));
        boolean keys = !declined.isEmpty() || !excluded.isEmpty();
        var result = new ArrayList<Map<String, Integer>>();
        for (int e : menteeIndexes) {
            int[] counts = new int[names.size()];
            int[] order = new int[names.size()];
            int seen = 0;
            for (int m = 0; m < a.size; m++) {
                for (int rule = 0; rule < names.size(); rule++) {
                    boolean broken;
                    if (rule < employerRule) {
                        broken = value(hardRules.get(rule), a, m, b, e) <= 0;
                    } else if (rule == employerRule) {
                        broken = rules.forbidSameEmployer() && a.hasEmployer[m] && b.hasEmployer[e]
                                && a.employer[m] == b.employer[e];
                    } else {
                        var key = keys ? new PairKey(a.id[m], b.id[e]) : null;
                        broken = keys && (rule == employerRule + 1 ? declined : excluded).contains(key);
                    }
                    if (broken && counts[rule]++ == 0) {
                        order[seen++] = rule;
                    }
                }
            }
            var map = new java.util.LinkedHashMap<String, Integer>();
            for (int i = 0; i < seen; i++) {
                map.put(names.get(order[i]), counts[order[i]]);
            }
            result.add(map);
        }
        return result;
    }

    /** A bit for each interest anybody in the cohort named. */
    private static Map<String, Integer> interestBits(List<MatchCandidate> mentors, List<MatchCandidate> mentees) {
        var bits = new java.util.HashMap<String, Integer>();
        for (List<MatchCandidate> side : List.of(mentors, mentees)) {
            for (MatchCandidate c : side) {
                c.profile().interests().forEach(i -> bits.putIfAbsent(i, bits.size()));
            }
        }
        return bits;
    }

    /** {@link #value(Criterion, MatchCandidate, MatchCandidate)} on profiles read into arrays. */
    private static double value(Criterion criterion, Side a, int m, Side b, int e) {
        switch (criterion) {
            case SAME_SITE:
                return a.hasSite[m] && b.hasSite[e] && a.site[m] == b.site[e] ? 1 : 0;
            case SHARED_LANGUAGE:
                return (a.languages[m] & b.languages[e]) != 0 ? 1 : 0;
            case SECTOR:
                return b.sectors[e] == 0 ? 0.5 : (a.sectors[m] & b.sectors[e]) != 0 ? 1 : 0;
            case EDUCATION_SECTOR:
                return a.education[m] < 0 || b.education[e] < 0 ? 0.5 : a.education[m] == b.education[e] ? 1 : 0;
            case AVAILABILITY:
                if (incompatible(a.mode[m], b.mode[e])) {
                    return 0;
                }
                int overlap = Integer.bitCount(a.availability[m] & b.availability[e]);
                return overlap == 0 ? 0 : Math.min(overlap, FULL_AVAILABILITY) / (double) FULL_AVAILABILITY;
            case INTERESTS:
                long[] x = a.interests[m];
                long[] y = b.interests[e];
                int shared = 0;
                for (int w = 0, end = Math.min(x.length, y.length); w < end; w++) {
                    shared += Long.bitCount(x[w] & y[w]);
                }
                return shared == 0 ? 0 : Math.min(shared, FULL_INTERESTS) / (double) FULL_INTERESTS;
            case DIGITAL_SKILLS:
                if (a.digital[m] < 0 || b.digital[e] < 0) {
                    return 0.5;
                }
                int gap = b.digital[e] - a.digital[m];
                return gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
            case EXPERIENCE:
                if (b.sectors[e] == 0) {
                    return 0.5;
                }
                if ((a.sectors[m] & b.sectors[e]) == 0) {
                    return 0;
                }
                return a.years[m] == NONE ? 0.5
                        : Math.min(a.years[m], FULL_EXPERIENCE_YEARS) / (double) FULL_EXPERIENCE_YEARS;
            case GENDER_PREFERENCE:
                return GENDER[b.preference[e] * 64 + a.gender[m] * 16 + a.preference[m] * 4 + b.gender[e]];
            case AGE_GAP:
                return a.birthYear[m] == NONE || b.birthYear[e] == NONE ? 0.5
                        : ageGapValue(a.birthYear[m], b.birthYear[e]);
            case WAITING_TIME:
                return b.waiting[e];
            default:
                throw new IllegalArgumentException(criterion.name());
        }
    }

    private static final int NONE = Integer.MIN_VALUE;
    private static final long PARALLEL_PAIRS = 100_000;

    /** {@link #genderValue} for every combination, by (ordinal + 1) of each of its arguments, 0 for none. */
    private static final double[] GENDER = new double[4 * 4 * 4 * 4];

    static {
        GenderPreference[] preferences = {null, GenderPreference.NONE, GenderPreference.FEMALE, GenderPreference.MALE};
        Gender[] genders = {null, Gender.FEMALE, Gender.MALE, Gender.NON_BINARY};
        for (int i = 0; i < GENDER.length; i++) {
            double value = genderValue(preferences[i / 64], genders[i / 16 % 4], preferences[i / 4 % 4], genders[i % 4]);
            GENDER[i] = Double.isNaN(value) ? 1 : value;
        }
    }

    private static int index(Enum<?> value) {
        return value == null ? 0 : value.ordinal() + 1;
    }

    /** One side of a cohort, each person's profile read once. */
    private static final class Side {
        final int size;
        final long[] id;
        final long[] site;
        final boolean[] hasSite;
        final long[] employer;
        final boolean[] hasEmployer;
        final long[] languages;
        final long[] sectors;
        final int[] education;
        final int[] availability;
        final MeetingMode[] mode;
        final long[][] interests;
        final int[] digital;
        final int[] years;
        final int[] gender;
        final int[] preference;
        final int[] birthYear;
        final double[] waiting;

        Side(List<MatchCandidate> people, Map<String, Integer> interestBits, LanguageLevel minimum, LocalDate today) {
            size = people.size();
            id = new long[size];
            site = new long[size];
            hasSite = new boolean[size];
            employer = new long[size];
            hasEmployer = new boolean[size];
            languages = new long[size];
            sectors = new long[size];
            education = new int[size];
            availability = new int[size];
            mode = new MeetingMode[size];
            interests = new long[size][];
            digital = new int[size];
            years = new int[size];
            gender = new int[size];
            preference = new int[size];
            birthYear = new int[size];
            waiting = new double[size];
            for (int i = 0; i < size; i++) {
                MatchCandidate c = people.get(i);
                Profile p = c.profile();
                id[i] = c.enrolmentId();
                hasSite[i] = c.siteId() != null;
                site[i] = hasSite[i] ? c.siteId() : 0;
                hasEmployer[i] = c.employerId() != null;
                employer[i] = hasEmployer[i] ? c.employerId() : 0;
                for (var entry : p.languages().entrySet()) {
                    if (entry.getValue().atLeast(minimum)) {
                        languages[i] |= 1L << entry.getKey().ordinal();
                    }
                }
                for (var sector : p.sectors()) {
                    sectors[i] |= 1L << sector.ordinal();
                }
                education[i] = p.educationSector() == null ? -1 : p.educationSector().ordinal();
                availability[i] = p.availability().bits();
                mode[i] = p.meetingMode();
                interests[i] = new long[(interestBits.size() + 63) / 64];
                for (String interest : p.interests()) {
                    int bit = interestBits.get(interest);
                    interests[i][bit >>> 6] |= 1L << bit;
                }
                digital[i] = p.digitalSkills() == null ? -1 : p.digitalSkills().ordinal();
                years[i] = p.yearsOfExperience() == null ? NONE : p.yearsOfExperience();
                gender[i] = index(p.gender());
                preference[i] = index(p.genderPreference());
                birthYear[i] = c.birthYear() == null ? NONE : c.birthYear();
                waiting[i] = c.appliedAt() == null ? 0
                        : Math.min(Math.max(0, today.toEpochDay()
                                - Math.floorDiv(c.appliedAt().getEpochSecond(), 86_400L)), FULL_WAITING_DAYS)
                                / (double) FULL_WAITING_DAYS;
            }
        }
    }

    /** A criterion's value 0..1, as {@link #evaluate} gives it, without building the reason. */
    double value(Criterion criterion, MatchCandidate mentor, MatchCandidate mentee) {
        Profile a = mentor.profile();
        Profile b = mentee.profile();
        switch (criterion) {
            case SAME_SITE:
                return mentor.siteId() != null && mentor.siteId().equals(mentee.siteId()) ? 1 : 0;
            case SHARED_LANGUAGE:
                LanguageLevel min = rules.minimumLanguageLevel();
                for (var entry : a.languages().entrySet()) {
                    LanguageLevel other = b.languages().get(entry.getKey());
                    if (entry.getValue().atLeast(min) && other != null && other.atLeast(min)) {
                        return 1;
                    }
                }
                return 0;
            case SECTOR:
                return b.sectors().isEmpty() ? 0.5 : overlaps(a, b) ? 1 : 0;
            case EDUCATION_SECTOR:
                return a.educationSector() == null || b.educationSector() == null ? 0.5
                        : a.educationSector() == b.educationSector() ? 1 : 0;
            case AVAILABILITY:
                if (incompatible(a.meetingMode(), b.meetingMode())) {
                    return 0;
                }
                int overlap = a.availability().overlap(b.availability());
                return overlap == 0 ? 0 : Math.min(overlap, FULL_AVAILABILITY) / (double) FULL_AVAILABILITY;
            case INTERESTS:
                int shared = 0;
                for (String interest : a.interests()) {
                    if (b.interests().contains(interest)) {
                        shared++;
                    }
                }
                return shared == 0 ? 0 : Math.min(shared, FULL_INTERESTS) / (double) FULL_INTERESTS;
            case DIGITAL_SKILLS:
                if (a.digitalSkills() == null || b.digitalSkills() == null) {
                    return 0.5;
                }
                int gap = b.digitalSkills().ordinal() - a.digitalSkills().ordinal();
                return gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
            case EXPERIENCE:
                if (b.sectors().isEmpty()) {
                    return 0.5;
                }
                if (!overlaps(a, b)) {
                    return 0;
                }
                return a.yearsOfExperience() == null ? 0.5
                        : Math.min(a.yearsOfExperience(), FULL_EXPERIENCE_YEARS) / (double) FULL_EXPERIENCE_YEARS;
            case GENDER_PREFERENCE:
                return gender(a, b).value;
            case AGE_GAP:
                return ageGap(mentor.birthYear(), mentee.birthYear()).value;
            case WAITING_TIME:
                return mentee.appliedAt() == null ? 0
                        : Math.min(waitingDays(mentee), FULL_WAITING_DAYS) / (double) FULL_WAITING_DAYS;
            default:
                throw new IllegalArgumentException(criterion.name());
        }
    }

    private static boolean overlaps(Profile a, Profile b) {
        for (var sector : a.sectors()) {
            if (b.sectors().contains(sector)) {
                return true;
            }
        }
        return false;
    }

    private long waitingDays(MatchCandidate mentee) {
        return Math.max(0, today.toEpochDay() - Math.floorDiv(mentee.appliedAt().getEpochSecond(), 86_400L));
    }

    Reason evaluate(CriterionSetting setting, MatchCandidate mentor, MatchCandidate mentee) {
        Profile a = mentor.profile();
        Profile b = mentee.profile();
        Criterion c = setting.criterion();
        Eval e = switch (c) {
            case SAME_SITE -> mentor.siteId() != null && mentor.siteId().equals(mentee.siteId())
                    ? new Eval(1, "site.same") : new Eval(0, "site.different");
            case SHARED_LANGUAGE -> sharedLanguage(a, b);
            case SECTOR -> sector(a, b);
            case EDUCATION_SECTOR -> a.educationSector() == null || b.educationSector() == null
                    ? new Eval(0.5, "education.unknown")
                    : a.educationSector() == b.educationSector()
                            ? new Eval(1, "education.same", a.educationSector().name())
                            : new Eval(0, "education.different", a.educationSector().name(),
                                    b.educationSector().name());
            case AVAILABILITY -> availability(a, b);
            case INTERESTS -> interests(a, b);
            case DIGITAL_SKILLS -> digital(a.digitalSkills(), b.digitalSkills());
            case EXPERIENCE -> experience(a, b);
            case GENDER_PREFERENCE -> gender(a, b);
            case AGE_GAP -> ageGap(mentor.birthYear(), mentee.birthYear());
            case WAITING_TIME -> waiting(mentee);
        };
        return new Reason(c, setting.mode(), setting.weight(), e.value, "matching.reason." + e.key, e.args);
    }

    private record Eval(double value, String key, List<String> args) {
        Eval(double value, String key, String... args) {
            this(value, key, List.of(args));
        }
    }

    private Eval sharedLanguage(Profile a, Profile b) {
        LanguageLevel min = rules.minimumLanguageLevel();
        var shared = new TreeSet<String>();
        for (var entry : a.languages().entrySet()) {
            LanguageLevel other = b.languages().get(entry.getKey());
            if (entry.getValue().atLeast(min) && other != null && other.atLeast(min)) {
                shared.add(code(entry.getKey()));
            }
        }
        return shared.isEmpty() ? new Eval(0, "language.none", min.name())
                : new Eval(1, "language.shared", String.join(", ", shared), min.name());
    }

    private static String code(Language language) {
        return language.name();
    }

    private static Eval sector(Profile a, Profile b) {
        if (b.sectors().isEmpty()) {
            return new Eval(0.5, "sector.open");
        }
        var shared = new TreeSet<String>();
        a.sectors().stream().filter(b.sectors()::contains).forEach(s -> shared.add(s.name()));
        return shared.isEmpty() ? new Eval(0, "sector.none") : new Eval(1, "sector.shared", String.join(", ", shared));
    }

    private static Eval availability(Profile a, Profile b) {
        if (incompatible(a.meetingMode(), b.meetingMode())) {
            return new Eval(0, "availability.mode", a.meetingMode().name(), b.meetingMode().name());
        }
        int overlap = a.availability().overlap(b.availability());
        return overlap == 0 ? new Eval(0, "availability.none")
                : new Eval(Math.min(overlap, FULL_AVAILABILITY) / (double) FULL_AVAILABILITY, "availability.overlap",
                        String.valueOf(overlap));
    }

    static boolean incompatible(MeetingMode x, MeetingMode y) {
        return x == MeetingMode.IN_PERSON && y == MeetingMode.ONLINE
                || x == MeetingMode.ONLINE && y == MeetingMode.IN_PERSON;
    }

    private static Eval interests(Profile a, Profile b) {
        var shared = new TreeSet<>(a.interests());
        shared.retainAll(b.interests());
        return shared.isEmpty() ? new Eval(0, "interests.none")
                : new Eval(Math.min(shared.size(), FULL_INTERESTS) / (double) FULL_INTERESTS, "interests.shared",
                        String.join(", ", shared));
    }

    private static Eval digital(DigitalSkills mentor, DigitalSkills mentee) {
        if (mentor == null || mentee == null) {
            return new Eval(0.5, "digital.unknown");
        }
        int gap = mentee.ordinal() - mentor.ordinal();
        return gap <= 0 ? new Eval(1, "digital.fit", mentor.name(), mentee.name())
                : new Eval(gap == 1 ? 0.5 : 0, "digital.below", mentor.name(), mentee.name());
    }

    private static Eval experience(Profile a, Profile b) {
        if (b.sectors().isEmpty()) {
            return new Eval(0.5, "experience.open");
        }
        var field = new TreeSet<String>();
        a.sectors().stream().filter(b.sectors()::contains).forEach(s -> field.add(s.name()));
        if (field.isEmpty()) {
            return new Eval(0, "experience.otherField");
        }
        if (a.yearsOfExperience() == null) {
            return new Eval(0.5, "experience.unknown", String.join(", ", field));
        }
        int years = a.yearsOfExperience();
        return new Eval(Math.min(years, FULL_EXPERIENCE_YEARS) / (double) FULL_EXPERIENCE_YEARS, "experience.years",
                String.valueOf(years), String.join(", ", field));
    }

    private static Eval gender(Profile a, Profile b) {
        double value = genderValue(b.genderPreference(), a.gender(), a.genderPreference(), b.gender());
        if (Double.isNaN(value)) {
            return new Eval(1, "gender.none");
        }
        return new Eval(value, value == 1 ? "gender.met" : value == 0 ? "gender.unmet" : "gender.unknown");
    }

    /** How well both sides' stated preferences are met; NaN when neither states one. */
    private static double genderValue(GenderPreference menteePreference, Gender mentorGender,
            GenderPreference mentorPreference, Gender menteeGender) {
        Double towardsMentor = preference(menteePreference, mentorGender);
        Double towardsMentee = preference(mentorPreference, menteeGender);
        if (towardsMentor == null && towardsMentee == null) {
            return Double.NaN;
        }
        return Math.min(towardsMentor == null ? 1 : towardsMentor, towardsMentee == null ? 1 : towardsMentee);
    }

    /** Null when no preference is stated; 0.5 when the partner's gender is not known. */
    private static Double preference(GenderPreference preference, Gender partner) {
        if (preference == null || preference == GenderPreference.NONE) {
            return null;
        }
        if (partner == null) {
            return 0.5;
        }
        boolean met = preference == GenderPreference.FEMALE ? partner == Gender.FEMALE : partner == Gender.MALE;
        return met ? 1.0 : 0.0;
    }

    private static Eval ageGap(Integer mentorYear, Integer menteeYear) {
        if (mentorYear == null || menteeYear == null) {
            return new Eval(0.5, "age.unknown");
        }
        return new Eval(ageGapValue(mentorYear, menteeYear), "age.gap",
                String.valueOf(Math.abs(menteeYear - mentorYear)));
    }

    private static double ageGapValue(int mentorYear, int menteeYear) {
        int gap = Math.abs(menteeYear - mentorYear);
        return Math.max(0, Math.min(1, (gap - 10) / 20.0));
    }

    private Eval waiting(MatchCandidate mentee) {
        if (mentee.appliedAt() == null) {
            return new Eval(0, "waiting.unknown");
        }
        long days = waitingDays(mentee);
        return new Eval(Math.min(days, FULL_WAITING_DAYS) / (double) FULL_WAITING_DAYS, "waiting.days",
                String.valueOf(days));
    }
}
