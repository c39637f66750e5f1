package org.tandem.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
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
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Language;

/**
 * Not a test: times what a matching run computes in the application, scoring every pair plus solving plus the
 * explanations of unmatched mentees ({@link Matcher#match} with {@link Scoring} under the programme kind's default
 * profile, as {@code MatchingService} runs it, minus reading the pool and writing the run), on seeded cohorts of
 * realistic profiles. Families: {@code uniform} (profiles drawn independently), {@code popular} (a few mentors
 * per site fit almost every mentee much better than the rest) and {@code appeal} (every mentor has an appeal,
 * uniform in 0..1, that broadens their profile: more languages, sectors, half-days and interests) and {@code scarce}
 * (one place per mentor, and most mentors of two of the four sites moved to the other two). Run it with
 * {@code mvn test-compile exec:java -Dexec.mainClass=org.tandem.matching.MatcherBenchmark} and optionally
 * {@code -Dexec.args="mentees=2000 mentors=1500 families=uniform,popular,appeal,scarce kind=INTERGENERATIONAL runs=7 warmup=5 seed=1"}.
 */
public final class MatcherBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final long[] SITES = {1, 2, 3, 4};
    // Amsterdam and Rotterdam mostly Dutch, Brussels both, Paris mostly French
    private static final Language[][] SITE_LANGUAGES = {
        {Language.NL, Language.NL, Language.NL, Language.EN}, {Language.NL, Language.NL, Language.NL, Language.EN},
        {Language.NL, Language.FR, Language.FR, Language.EN}, {Language.FR, Language.FR, Language.FR, Language.EN}};
    private static final Language[] OTHER_LANGUAGES = {Language.EN, Language.AR, Language.TR, Language.ES,
        Language.PL, Language.UK, Language.FA, Language.TI, Language.SO, Language.PT, Language.RU, Language.DE};
    private static final String[] INTERESTS = {"music", "cooking", "football", "reading", "walking", "chess",
        "gardening", "photography", "cycling", "theatre", "history", "technology", "languages", "travel", "art",
        "volunteering", "film", "crafts", "dance", "politics"};
    private static final int EMPLOYERS = 60;

    private MatcherBenchmark() {
    }

    public static void main(String[] args) {
        var options = new HashMap<String, String>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int mentees = Integer.parseInt(options.getOrDefault("mentees", "2000"));
        int mentors = Integer.parseInt(options.getOrDefault("mentors", "1500"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        var kind = ProgrammeKind.valueOf(options.getOrDefault("kind", "INTERGENERATIONAL"));
        var families = options.getOrDefault("families", "uniform,popular,appeal,scarce").split(",");

        System.out.printf(Locale.ROOT, "%d cores, max heap %d MB, java %s, load average %.2f; %d mentees x %d mentors"
                + " (capacity 1-2), %s default profile, %d warm-up runs, median of %d%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), mentees,
                mentors, kind, warmup, runs);
        var rows = new ArrayList<String>();
        for (String family : families) {
            rows.add(run(family, kind, mentees, mentors, runs, warmup, seed));
        }
        System.out.println();
        System.out.println("| family | scoring + solving + explaining, median ms | process CPU time ms | "
                + "scoring all pairs alone ms | solving alone ms | pairs allowed | places | matched | unmatched | "
                + "total score |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String run(String family, ProgrammeKind kind, int menteeCount, int mentorCount, int runs,
            int warmup, long seed) {
        var random = new Random(seed * 1_000_003L + family.hashCode());
        boolean popular = switch (family) {
            case "uniform", "appeal", "scarce" -> false;
            case "popular" -> true;
            default -> throw new IllegalArgumentException("family uniform, popular, appeal or scarce, not " + family);
        };
        boolean appeal = family.equals("appeal");
        boolean scarce = family.equals("scarce");
        var mentors = new ArrayList<MatchCandidate>();
        int popularPerSite = popular ? 10 : 0;
        for (int i = 0; i < mentorCount; i++) {
            boolean star = i < popularPerSite * SITES.length;
            var mentor = star ? popularMentor(100_000 + i, SITES[i % SITES.length], random)
                    : appeal ? appealMentor(100_000 + i, random) : person(100_000 + i, ParticipantRole.MENTOR, random);
            if (scarce) {
                mentor = scarce(mentor, random);
            }
            mentors.add(mentor);
        }
        var mentees = new ArrayList<MatchCandidate>();
        for (int i = 0; i < menteeCount; i++) {
            mentees.add(person(500_000 + i, ParticipantRole.MENTEE, random));
        }
        int places = mentors.stream().mapToInt(MatchCandidate::capacity).sum();
        var rules = ScoringRules.defaults(kind);
        var matcher = new Matcher();

        Matcher.Result result = null;
        for (int i = 0; i < warmup; i++) {
            result = matcher.match(new Scoring(rules, TODAY, Set.of(), Set.of()), mentors, mentees, Set.of());
        }
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        double[] total = new double[runs];
        double[] cpu = new double[runs];
        double[] scoring = new double[runs];
        double[] solving = new double[runs];
        int allowed = 0;
        for (int r = 0; r < runs; r++) {
            System.gc();
            long c0 = process.getProcessCpuTime();
            long t0 = System.nanoTime();
            // what MatchingService.newRun computes between reading the pool and writing the run
            var run = matcher.match(new Scoring(rules, TODAY, Set.of(), Set.of()), mentors, mentees, Set.of());
            total[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (process.getProcessCpuTime() - c0) / 1e6;
            if (result != null && (run.matched() != result.matched() || run.totalScore() != result.totalScore()
                    || !run.proposals().equals(result.proposals()))) {
                throw new IllegalStateException("runs disagree");
            }
            result = run;
            // the two parts on their own, for the share of each
            long t1 = System.nanoTime();
            int[][] scores = Matcher.scoreAll(new Scoring(rules, TODAY, Set.of(), Set.of()), mentors, mentees);
            scoring[r] = (System.nanoTime() - t1) / 1e6;
            long t2 = System.nanoTime();
            var assignment = matcher.solve(scores, mentors, mentees, Set.of());
            solving[r] = (System.nanoTime() - t2) / 1e6;
            if (assignment.size() != run.matched()) {
                throw new IllegalStateException("solve alone disagrees with the run");
            }
            allowed = 0;
            for (int[] row : scores) {
                for (int s : row) {
                    allowed += s >= 0 ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "== %s: total %s ms (process CPU %s ms), scoring %s ms, solving %s ms; "
                + "result fingerprint %s%n", family, Arrays.toString(round(total)), Arrays.toString(round(cpu)),
                Arrays.toString(round(scoring)),
                Arrays.toString(round(solving)), fingerprint(result));
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %,d | %,d | %,d | %,d | %,d |",
                family, median(total), median(cpu), median(scoring), median(solving), allowed, places, result.matched(),
                result.unmatched().size(), result.totalScore());
    }

    private static MatchCandidate person(long id, ParticipantRole role, Random random) {
        boolean mentor = role == ParticipantRole.MENTOR;
        int site = random.nextInt(SITES.length);
        var languages = new EnumMap<Language, LanguageLevel>(Language.class);
        Language[] local = SITE_LANGUAGES[site];
        languages.put(local[random.nextInt(local.length)],
                mentor ? LanguageLevel.NATIVE : LanguageLevel.values()[1 + random.nextInt(6)]);
        if (random.nextInt(3) == 0) {
            languages.putIfAbsent(OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)],
                    LanguageLevel.values()[random.nextInt(7)]);
        }
        if (!mentor && random.nextInt(3) == 0) {
            languages.putIfAbsent(OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)], LanguageLevel.NATIVE);
        }
        var sectors = new HashSet<Sector>();
        int sectorCount = mentor ? 1 + random.nextInt(2) : random.nextInt(3);
        for (int i = 0; i < sectorCount; i++) {
            sectors.add(Sector.values()[random.nextInt(Sector.values().length)]);
        }
        int bits = 0;
        int slots = 3 + random.nextInt(7);
        for (int i = 0; i < slots; i++) {
            bits |= 1 << random.nextInt(21);
        }
        var interests = new HashSet<String>();
        int interestCount = 1 + random.nextInt(4);
        for (int i = 0; i < interestCount; i++) {
            interests.add(INTERESTS[random.nextInt(INTERESTS.length)]);
        }
        Gender gender = random.nextInt(20) == 0 ? null : Gender.values()[random.nextInt(2)];
        GenderPreference preference = random.nextInt(5) == 0 ? GenderPreference.values()[1 + random.nextInt(2)]
                : GenderPreference.NONE;
        var profile = new Profile(languages, sectors,
                random.nextInt(4) == 0 ? EducationSector.values()[random.nextInt(4)] : null, new Availability(bits),
                MeetingMode.values()[random.nextInt(3)], interests,
                random.nextInt(10) == 0 ? null : DigitalSkills.values()[random.nextInt(3)],
                mentor ? Integer.valueOf(random.nextInt(40)) : null, null, null, gender, preference);
        Long employer = mentor || random.nextInt(10) == 0 ? Long.valueOf(1 + random.nextInt(EMPLOYERS)) : null;
        return new MatchCandidate(id, 1, 1, role, "P" + id, "Benchmark", EnrolmentStatus.READY_TO_MATCH,
                random.nextInt(50) == 0 ? null : SITES[site], employer, mentor ? 1 + random.nextInt(2) : 1,
                mentor ? 1948 + random.nextInt(30) : 1985 + random.nextInt(23),
                Instant.parse("2026-03-01T09:00:00Z").plusSeconds(random.nextInt(365) * 86_400L), profile);
    }

    /**
     * Places short where the mentees are: one place per mentor, and four in five mentors of the sites 3 and 4 moved
     * to sites 1 and 2, so that those sites' mentees have few allowed partners.
     */
    private static MatchCandidate scarce(MatchCandidate m, Random random) {
        Long site = m.siteId();
        if (site != null && site >= 3 && random.nextInt(5) != 0) {
            site = site - 2;
        }
        return new MatchCandidate(m.enrolmentId(), m.programmeId(), m.cohortId(), m.role(), m.firstName(),
                m.lastName(), m.status(), site, m.employerId(), 1, m.birthYear(), m.appliedAt(), m.profile());
    }

    /** A mentor whose profile is broadened by an appeal uniform in 0..1: the more appeal, the more mentees fit well. */
    private static MatchCandidate appealMentor(long id, Random random) {
        MatchCandidate base = person(id, ParticipantRole.MENTOR, random);
        Profile p = base.profile();
        double appeal = random.nextDouble();
        var languages = new EnumMap<Language, LanguageLevel>(Language.class);
        languages.putAll(p.languages());
        for (Language language : Language.values()) {
            if (random.nextDouble() < 0.5 * appeal) {
                languages.putIfAbsent(language, LanguageLevel.NATIVE);
            }
        }
        var sectors = new HashSet<Sector>(p.sectors());
        for (Sector sector : Sector.values()) {
            if (random.nextDouble() < 0.6 * appeal) {
                sectors.add(sector);
            }
        }
        int bits = p.availability().bits();
        for (int b = 0; b < 21; b++) {
            if (random.nextDouble() < appeal) {
                bits |= 1 << b;
            }
        }
        var interests = new HashSet<String>(p.interests());
        for (String interest : INTERESTS) {
            if (random.nextDouble() < 0.6 * appeal) {
                interests.add(interest);
            }
        }
        var profile = new Profile(languages, sectors, p.educationSector(), new Availability(bits),
                appeal > 0.5 ? MeetingMode.BOTH : p.meetingMode(), interests,
                appeal > 0.5 ? DigitalSkills.ADVANCED : p.digitalSkills(), p.yearsOfExperience(), null, null,
                p.gender(), p.genderPreference());
        return new MatchCandidate(base.enrolmentId(), base.programmeId(), base.cohortId(), base.role(),
                base.firstName(), base.lastName(), base.status(), base.siteId(), base.employerId(), base.capacity(),
                base.birthYear(), base.appliedAt(), profile);
    }

    /** A mentor who fits almost everybody at the site: every language, sector and half-day, many interests. */
    private static MatchCandidate popularMentor(long id, long site, Random random) {
        var languages = new EnumMap<Language, LanguageLevel>(Language.class);
        for (Language language : Language.values()) {
            languages.put(language, LanguageLevel.NATIVE);
        }
        var profile = new Profile(languages, Set.of(Sector.values()), null, new Availability((1 << 21) - 1),
                MeetingMode.BOTH, Set.of(INTERESTS), DigitalSkills.ADVANCED, 35, null, null,
                Gender.values()[random.nextInt(2)], GenderPreference.NONE);
        return new MatchCandidate(id, 1, 1, ParticipantRole.MENTOR, "P" + id, "Popular", EnrolmentStatus.READY_TO_MATCH,
                site, null, 2, 1950, Instant.parse("2026-03-01T09:00:00Z"), profile);
    }

    /** The whole result, breakdowns and explanations included, as one hash: equal before and after a speed-up. */
    private static String fingerprint(Matcher.Result result) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(result.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long[] round(double[] xs) {
        return Arrays.stream(xs).mapToLong(Math::round).toArray();
    }
}
