package org.tandem.reporting;

import static org.tandem.participant.EnrolmentStatus.ACTIVE;
import static org.tandem.participant.EnrolmentStatus.APPLIED;
import static org.tandem.participant.EnrolmentStatus.COMPLETED;
import static org.tandem.participant.EnrolmentStatus.ELIGIBLE;
import static org.tandem.participant.EnrolmentStatus.INTAKE_DONE;
import static org.tandem.participant.EnrolmentStatus.INTAKE_PLANNED;
import static org.tandem.participant.EnrolmentStatus.MATCHED;
import static org.tandem.participant.EnrolmentStatus.READY_TO_MATCH;
import static org.tandem.participant.EnrolmentStatus.TRAINED;
import static org.tandem.participant.EnrolmentStatus.WITHDRAWN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.TandemApplication;
import org.tandem.account.AccountService;
import org.tandem.account.ApiTokenScope;
import org.tandem.account.ApiTokenService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.MeetingTallies;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.FunnelStep;
import org.tandem.participant.ParticipantImport;
import org.tandem.programme.CohortDetails;
import org.tandem.programme.CohortKind;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;

/**
 * Not a test: the data set of {@code bench/pages.sh}. Starts Tandem on the database given in the arguments (the demo
 * loads as usual on H2), then adds a programme "Bench" with 20,000 participants imported through the application's
 * own CSV import (two cohorts of 10,000, half mentors, half mentees), their paths through intake and training, 6,000
 * duos with agreements, a meeting log of the last nine months (weekly or fortnightly, with gaps) and outcomes. The
 * steps after the import are written with batched inserts: through the services every step of 6,000 duos would
 * need the members' own accounts (12,000 bcrypt passwords) and take most of an hour here. Writes the ids and an API
 * token to the file given by {@code -Dbench.out}; does nothing but that file when the programme exists already.
 */
public final class PagesSeed {

    static final String PROGRAMME = "Bench";
    static final String COORDINATOR = "bench-coordinator@bench.tandem";
    static final String ADMIN = "bench-admin@bench.tandem";
    static final String PASSWORD = "bench-password-1";
    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 20_000);
    private static final int DUOS = Integer.getInteger("bench.duos", 6_000);
    private static final AtomicLong IDS = new AtomicLong(900_000_000L);

    private PagesSeed() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "tandem.reporting.history.enabled=false",
                        "logging.level.root=WARN")
                .run(args)) {
            String out = seed(context);
            Files.writeString(Path.of(System.getProperty("bench.out", "bench/out/pages.env")), out);
            System.out.print(out);
        }
        System.exit(0);
    }

    private static String seed(ConfigurableApplicationContext context) {
        var accounts = context.getBean(AccountService.class);
        var programmes = context.getBean(ProgrammeService.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        var existing = jdbc.queryForList("select id from programme where name = ?", Long.class, PROGRAMME);
        if (existing.isEmpty()) {
            long start = System.nanoTime();
            create(context, accounts, programmes, jdbc);
            System.out.printf("Seeded in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
        long programme = jdbc.queryForObject("select id from programme where name = ?", Long.class, PROGRAMME);
        long cohort = jdbc.queryForObject("select min(id) from cohort where programme_id = ?", Long.class, programme);
        long duo = jdbc.queryForObject("select min(id) from duo where cohort_id = ? and state = 'ACTIVE'", Long.class,
                cohort);
        long participant = jdbc.queryForObject("select min(mentee_enrolment_id) from duo where id = ?", Long.class,
                duo);
        String token = accounts.callAs(ADMIN, () -> context.getBean(ApiTokenService.class).create("bench "
                + Instant.now(), LocalDate.now().plusDays(2), ApiTokenScope.READ_ONLY).secret());
        return "PROGRAMME=" + programme + "\nCOHORT=" + cohort + "\nDUO=" + duo + "\nPARTICIPANT=" + participant
                + "\nTOKEN=" + token + "\nCOORDINATOR=" + COORDINATOR + "\nPASSWORD=" + PASSWORD
                + "\nCOUNTS=\"" + count(jdbc, "enrolment") + " enrolments, " + count(jdbc, "enrolment_status_change")
                + " status changes, " + count(jdbc, "duo") + " duos, " + count(jdbc, "duo_meeting") + " meetings\"\n";
    }

    private static void create(ConfigurableApplicationContext context, AccountService accounts,
            ProgrammeService programmes, JdbcTemplate jdbc) {
        if (accounts.findByEmail(ADMIN).isEmpty()) {
            accounts.create(new NewUser(ADMIN, "Bench admin", PASSWORD, Set.of(Role.ADMIN)));
        }
        long coordinator = accounts.findByEmail(COORDINATOR).map(u -> u.id()).orElseGet(() -> accounts.create(
                new NewUser(COORDINATOR, "Bench coordinator", PASSWORD, Set.of(Role.COORDINATOR))));
        long programme = as(accounts, () -> programmes.create(org.tandem.programme.ProgrammeMother.details(PROGRAMME)));
        long[] sites = new long[3];
        sites[0] = as(accounts, () -> programmes.addSite(programme, "Rotterdam", Country.NL));
        sites[1] = as(accounts, () -> programmes.addSite(programme, "Gent", Country.BE));
        sites[2] = as(accounts, () -> programmes.addSite(programme, "Lille", Country.FR));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long[] cohorts = new long[2];
        for (int c = 0; c < 2; c++) {
            int n = c;
            cohorts[c] = as(accounts, () -> programmes.addCohort(programme, new CohortDetails("Bench round "
                    + (n + 1), CohortKind.ROUND, today.minusMonths(10 - n), today.plusMonths(3 + n))));
        }
        as(accounts, () -> {
            programmes.assignCoordinator(programme, coordinator);
            programmes.addTarget(programme, Metric.MENTEES_ENROLLED, Comparator.AT_LEAST, 8000);
            programmes.addTarget(programme, Metric.DUOS_FORMED, Comparator.AT_LEAST, 6000);
            programmes.addTarget(programme, Metric.POSITIVE_EXIT_RATE, Comparator.AT_LEAST, 60);
            return null;
        });

        var importer = context.getBean(ParticipantImport.class);
        for (int c = 0; c < cohorts.length; c++) {
            byte[] csv = csv(c, PARTICIPANTS / cohorts.length);
            long cohort = cohorts[c];
            var report = accounts.callAs(COORDINATOR, () -> importer.importInto(cohort, csv));
            if (!report.accepted()) {
                throw new IllegalStateException("import refused: " + report);
            }
            System.out.printf("Imported %d participants into cohort %d%n", report.created(), cohort);
        }
        paths(jdbc, programme, sites, today);
    }

    /** The import file: first name, last name, e-mail, role and a few profile columns. */
    private static byte[] csv(int cohort, int rows) {
        var random = new Random(1000 + cohort);
        String[] first = {"Anna", "Bram", "Chloé", "Daan", "Emma", "Farid", "Gert", "Hanna", "Ilse", "Jan", "Karim",
            "Lotte", "Mehmet", "Nora", "Omar", "Petra", "Quinten", "Rania", "Sven", "Tess", "Youssef", "Zoë"};
        String[] last = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "El Amrani", "Dubois",
            "Peeters", "Lambert", "Yilmaz", "Haddad", "Mulder", "de Boer", "Vermeulen", "Martin"};
        var text = new StringBuilder("first_name,last_name,email,role,city,birth_year\n");
        for (int i = 0; i < rows; i++) {
            boolean mentor = i % 2 == 0;
            text.append(first[random.nextInt(first.length)]).append(',')
                    .append(last[random.nextInt(last.length)]).append(",bench").append(cohort).append('-').append(i)
                    .append("@bench.tandem,").append(mentor ? "mentor" : "mentee").append(',')
                    .append(mentor ? "Rotterdam" : "Gent").append(',')
                    .append(mentor ? 1960 + random.nextInt(15) : 1990 + random.nextInt(15)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Every imported enrolment goes along a path (some stop at intake, some withdraw, most are matched); duos for
     * the matched mentees up to {@link #DUOS}, started over the last nine months, with meetings, agreements and
     * outcomes.
     */
    private static void paths(JdbcTemplate jdbc, long programme, long[] sites, LocalDate today) {
        var random = new Random(2026);
        var rows = jdbc.queryForList("select id, role, cohort_id, applied_at from enrolment where programme_id = ? "
                + "order by id", programme);
        var statuses = new ArrayList<Object[]>();
        var history = new ArrayList<Object[]>();
        var duos = new ArrayList<Object[]>();
        var agreements = new ArrayList<Object[]>();
        var meetings = new ArrayList<Object[]>();
        var outcomes = new ArrayList<Object[]>();
        var mentors = new java.util.HashMap<Long, List<Long>>();
        Instant now = Instant.now();
        int i = 0;
        int duoCount = 0;
        for (var row : rows) {
            long id = ((Number) row.get("id")).longValue();
            boolean mentor = "MENTOR".equals(row.get("role"));
            long cohort = ((Number) row.get("cohort_id")).longValue();
            var path = path(mentor, random.nextInt(100));
            Instant at = now.minus(Duration.ofDays(300 - random.nextInt(30)));
            var reached = new java.util.EnumMap<FunnelStep, Timestamp>(FunnelStep.class);
            for (int s = 1; s < path.length; s++) {
                at = at.plus(Duration.ofDays(3 + random.nextInt(5)));
                history.add(new Object[] {id, path[s].name(), Timestamp.from(at)});
                for (FunnelStep step : FunnelStep.values()) {
                    if (step.reachedBy(path[s])) {
                        reached.putIfAbsent(step, Timestamp.from(at));
                    }
                }
            }
            var last = path[path.length - 1];
            statuses.add(new Object[] {last.name(), Timestamp.from(at), sites[(i++ / 2) % sites.length],
                    reached.get(FunnelStep.ELIGIBLE), reached.get(FunnelStep.TRAINED),
                    reached.get(FunnelStep.MATCHED), reached.get(FunnelStep.ACTIVE),
                    reached.get(FunnelStep.COMPLETED), id});
            boolean matched = List.of(path).contains(MATCHED);
            if (mentor && matched) {
                mentors.computeIfAbsent(cohort, k -> new ArrayList<>()).add(id);
            }
            var pool = mentors.get(cohort);
            if (!mentor && matched && pool != null && !pool.isEmpty() && duoCount < DUOS) {
                duoCount++;
                long mentorId = pool.remove(pool.size() - 1);
                duo(random, today, now, programme, cohort, mentorId, id, last, duos, agreements, meetings, outcomes);
            }
        }
        jdbc.batchUpdate("update enrolment set status = ?, status_changed_at = ?, site_id = ?, reached_eligible_at = ?, "
                + "reached_trained_at = ?, reached_matched_at = ?, reached_active_at = ?, reached_completed_at = ? "
                + "where id = ?", statuses);
        jdbc.batchUpdate("insert into enrolment_status_change (enrolment_id, status, changed_at) values (?, ?, ?)",
                history);
        jdbc.batchUpdate("insert into duo (id, version, mentor_enrolment_id, mentee_enrolment_id, cohort_id, "
                + "programme_id, matching_run_id, state, proposed_at, mentor_capacity, mentor_confirmed_at, "
                + "mentor_confirmed_by, mentee_confirmed_at, mentee_confirmed_by, confirmed_at, activated_at, "
                + "ended_on, closed_at) values (?, 0, ?, ?, ?, ?, 1, ?, ?, 1, ?, 'coordinator', ?, 'coordinator', ?, "
                + "?, ?, ?)", duos);
        jdbc.batchUpdate("insert into duo_agreement (id, duo_id, version_no, goals, frequency, mode, duration_months, "
                + "code_of_conduct, code_of_conduct_version, confidentiality, created_at, created_by, mentor_signed_at, "
                + "mentor_signed_by, mentee_signed_at, mentee_signed_by) values (?, ?, 1, 'Netwerk uitbreiden', ?, "
                + "'MIXED', ?, 'Gedragscode', 1, true, ?, 'mentee', ?, 'mentor', ?, 'mentee')", agreements);
        jdbc.batchUpdate("insert into duo_meeting (id, version, duo_id, held_on, minutes, mode, topics, tags, "
                + "logged_by, logged_by_side, logged_at) values (?, 0, ?, ?, 60, 'IN_PERSON', 'Netwerk', '', "
                + "'mentee@bench.tandem', 'MENTEE', ?)", meetings);
        MeetingTallies.recount(jdbc);
        jdbc.batchUpdate("insert into duo_outcome (id, version, duo_id, moment, kind, recorded_by, recorded_at) "
                + "values (?, 0, ?, ?, ?, 'coordinator', ?)", outcomes);
    }

    private static void duo(Random random, LocalDate today, Instant now, long programme, long cohort, long mentor,
            long mentee, EnrolmentStatus last, List<Object[]> duos, List<Object[]> agreements,
            List<Object[]> meetings, List<Object[]> outcomes) {
        long id = IDS.incrementAndGet();
        LocalDate started = today.minusDays(20 + random.nextInt(250));
        Instant activated = started.atTime(18, 0).toInstant(ZoneOffset.UTC);
        Instant confirmed = activated.minus(Duration.ofDays(7));
        Instant proposed = confirmed.minus(Duration.ofDays(3));
        String state = last == COMPLETED ? "COMPLETED" : last == ACTIVE ? "ACTIVE" : last == MATCHED
                ? "CONFIRMED" : "ENDED_EARLY";
        boolean running = !"CONFIRMED".equals(state);
        LocalDate ended = "COMPLETED".equals(state) || "ENDED_EARLY".equals(state)
                ? started.plusDays(60 + random.nextInt(120)) : null;
        if (ended != null && ended.isAfter(today)) {
            ended = today.minusDays(1);
        }
        duos.add(new Object[] {id, mentor, mentee, cohort, programme, state, Timestamp.from(proposed),
            Timestamp.from(confirmed), Timestamp.from(confirmed), Timestamp.from(confirmed),
            running ? Timestamp.from(activated) : null, ended == null ? null : java.sql.Date.valueOf(ended),
            ended == null ? null : Timestamp.from(ended.atTime(17, 0).toInstant(ZoneOffset.UTC))});
        if (!running) {
            return;
        }
        String frequency = random.nextBoolean() ? "WEEKLY" : "FORTNIGHTLY";
        agreements.add(new Object[] {IDS.incrementAndGet(), id, frequency, 6 + random.nextInt(7),
            Timestamp.from(confirmed), Timestamp.from(activated), Timestamp.from(activated)});
        int every = "WEEKLY".equals(frequency) ? 7 : 14;
        LocalDate until = ended != null ? ended : today.minusDays(random.nextInt(10) < 2 ? 30 + random.nextInt(30)
                : random.nextInt(7));
        for (LocalDate day = started.plusDays(2); !day.isAfter(until); day = day.plusDays(every)) {
            if (random.nextInt(10) < 8) {
                meetings.add(new Object[] {IDS.incrementAndGet(), id, java.sql.Date.valueOf(day),
                    Timestamp.from(day.atTime(20, 0).toInstant(ZoneOffset.UTC))});
            }
        }
        if ("COMPLETED".equals(state)) {
            Timestamp at = Timestamp.from(now.minus(Duration.ofDays(random.nextInt(20))));
            outcomes.add(new Object[] {IDS.incrementAndGet(), id, "AT_END", "STILL_SEARCHING", at});
            if (random.nextBoolean()) {
                outcomes.add(new Object[] {IDS.incrementAndGet(), id, "MONTHS_3", random.nextInt(10) < 6 ? "JOB"
                        : "STILL_SEARCHING", at});
            }
        }
    }

    private static EnrolmentStatus[] path(boolean mentor, int roll) {
        var steps = new ArrayList<>(List.of(APPLIED, INTAKE_PLANNED, INTAKE_DONE, ELIGIBLE));
        if (roll < 6) {
            return new EnrolmentStatus[] {APPLIED};
        }
        if (roll < 12) {
            steps.add(WITHDRAWN);
            return steps.toArray(EnrolmentStatus[]::new);
        }
        if (mentor) {
            steps.add(TRAINED);
        }
        steps.add(READY_TO_MATCH);
        if (roll < 20) {
            return steps.toArray(EnrolmentStatus[]::new);
        }
        steps.add(MATCHED);
        if (roll < 25) {
            return steps.toArray(EnrolmentStatus[]::new);
        }
        steps.add(ACTIVE);
        if (roll >= 75) {
            steps.add(COMPLETED);
        }
        return steps.toArray(EnrolmentStatus[]::new);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static <T> T as(AccountService accounts, Supplier<T> work) {
        return accounts.callAs(ADMIN, work);
    }
}
