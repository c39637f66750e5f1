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

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.TandemApplication;
import org.tandem.account.AccountService;
import org.tandem.account.ApiTokenScope;
import org.tandem.account.ApiTokenService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.DuoState;
import org.tandem.duo.OutcomeKind;
import org.tandem.duo.OutcomeMoment;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.CohortDetails;
import org.tandem.programme.CohortKind;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;

/**
 * Not a test: seeds a programme with 20,000 participants (half mentors, half mentees, over three sites and two
 * cohorts), about 7,000 duos with their meetings and outcomes, on a fresh in-memory H2 database, and measures the
 * dashboard's server time per request: the service alone, and the JSON API over HTTP, as a median. Run it with
 * {@code mvn -B -o test-compile exec:java -Dexec.mainClass=org.tandem.reporting.DashboardBenchmark -Dexec.classpathScope=test}
 * ({@code -Dbenchmark.participants=...} for another size).
 */
public final class DashboardBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 20_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 25);
    private static final String ADMIN = "benchmark-admin@test.tandem";
    private static final String COORDINATOR = "benchmark-coordinator@test.tandem";
    private static final String PASSWORD = "benchmark-password-1";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=jdbc:h2:mem:dashboard-benchmark;MODE=PostgreSQL;"
                                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN", "server.port=0", "tandem.reporting.history.enabled=false")
                .run(args)) {
            run(context);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        var accounts = context.getBean(AccountService.class);
        var programmes = context.getBean(ProgrammeService.class);
        var dashboards = context.getBean(DashboardService.class);
        accounts.create(new NewUser(ADMIN, "Benchmark", PASSWORD, Set.of(Role.ADMIN)));
        long programme = as(accounts, () -> programmes.create(org.tandem.programme.ProgrammeMother.details()));
        long[] sites = new long[3];
        sites[0] = as(accounts, () -> programmes.addSite(programme, "Rotterdam", Country.NL));
        sites[1] = as(accounts, () -> programmes.addSite(programme, "Gent", Country.BE));
        sites[2] = as(accounts, () -> programmes.addSite(programme, "Lille", Country.FR));
        long[] cohorts = new long[2];
        for (int c = 0; c < 2; c++) {
            int n = c;
            cohorts[c] = as(accounts, () -> programmes.addCohort(programme, new CohortDetails("Round " + (n + 1),
                    CohortKind.ROUND, LocalDate.of(2026, 1 + 6 * n, 1), LocalDate.of(2026, 6 + 6 * n, 28))));
        }
        as(accounts, () -> {
            programmes.addTarget(programme, Metric.MENTEES_ENROLLED, Comparator.AT_LEAST, 8000);
            programmes.addTarget(programme, Metric.DUOS_FORMED, Comparator.AT_LEAST, 6000);
            programmes.addTarget(programme, Metric.POSITIVE_EXIT_RATE, Comparator.AT_LEAST, 60);
            return null;
        });

        long seedStart = System.nanoTime();
        seed(new ReportingData(context.getBean(JdbcTemplate.class)), programme, cohorts, sites);
        var jdbc = context.getBean(JdbcTemplate.class);
        System.out.printf("Seeded in %.1f s: %d enrolments, %d status changes, %d duos, %d meetings, %d outcomes%n",
                (System.nanoTime() - seedStart) / 1e9, count(jdbc, "enrolment"), count(jdbc, "enrolment_status_change"),
                count(jdbc, "duo"), count(jdbc, "duo_meeting"), count(jdbc, "duo_outcome"));
        System.out.printf("Cores: %d, max heap: %d MB, system load average: %.1f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        var statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        var whole = as(accounts, () -> dashboards.of(programme, ReportScope.whole()));
        System.out.printf("Statements for one dashboard: %d; mentees applied %d, duos started %d, mean meetings %.1f%n",
                statistics.getPrepareStatementCount(), whole.funnel().mentees().get(0).count(),
                whole.meetings().duos(), whole.meetings().mean());
        statistics.setStatisticsEnabled(false);

        for (var scope : List.of(ReportScope.whole(), new ReportScope(cohorts[0], sites[1], null, null))) {
            var times = new ArrayList<Double>();
            for (int i = 0; i < RUNS + 3; i++) {
                long start = System.nanoTime();
                as(accounts, () -> dashboards.of(programme, scope));
                if (i >= 3) {
                    times.add(millis(start));
                }
            }
            System.out.printf("SERVICE dashboard (cohort=%s, site=%s), %,d participants: median %.0f ms of %d%n",
                    scope.cohortId(), scope.siteId(), PARTICIPANTS, median(times), RUNS);
        }

        breakdown(context, accounts, programme);

        // the coordinator's day of a coordinator of this programme (their home page's figures)
        long coordinator = accounts.create(new NewUser(COORDINATOR, "Benchmark coordinator", PASSWORD,
                Set.of(Role.COORDINATOR)));
        as(accounts, () -> {
            programmes.assignCoordinator(programme, coordinator);
            return null;
        });
        var days = context.getBean(CoordinatorDayService.class);
        var dayTimes = new ArrayList<Double>();
        for (int i = 0; i < RUNS + 3; i++) {
            long start = System.nanoTime();
            accounts.callAs(COORDINATOR, days::today);
            if (i >= 3) {
                dayTimes.add(millis(start));
            }
        }
        System.out.printf("SERVICE coordinator's day, %,d participants: median %.0f ms of %d%n", PARTICIPANTS,
                median(dayTimes), RUNS);

        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var client = HttpClient.newHttpClient();
        // a token, not the password: a password is checked with bcrypt on every request, which is not the dashboard's time
        var auth = "Bearer " + as(accounts, () -> context.getBean(ApiTokenService.class).create("benchmark",
                LocalDate.now().plusDays(1), ApiTokenScope.READ_ONLY)).secret();
        for (String query : List.of("", "?cohort=" + cohorts[0] + "&site=" + sites[1])) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/programmes/"
                    + programme + "/dashboard" + query)).header("Authorization", auth).GET().build();
            var times = new ArrayList<Double>();
            int size = 0;
            for (int i = 0; i < RUNS + 3; i++) {
                long start = System.nanoTime();
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
                size = response.body().length();
                if (i >= 3) {
                    times.add(millis(start));
                }
            }
            System.out.printf("API GET /api/v1/programmes/{id}/dashboard%s, %,d participants: median %.0f ms of %d "
                    + "(%,d bytes)%n", query, PARTICIPANTS, median(times), RUNS, size);
        }
    }

    /** Where the time of one dashboard goes: each part's median over a few runs. */
    private static void breakdown(ConfigurableApplicationContext context, AccountService accounts, long programme) {
        var targets = context.getBean(org.tandem.programme.ProgrammeTargets.class);
        var funnel = context.getBean(ProgrammeFunnel.class);
        var duos = context.getBean(org.tandem.duo.DuoCounts.class);
        var parts = new java.util.LinkedHashMap<String, Supplier<Object>>();
        parts.put("targets (3 metrics)", () -> targets.of(programme));
        parts.put("funnel", () -> funnel.of(programme, ReportScope.whole()));
        parts.put("duos by state", () -> duos.byState(programme, null, null, null, null));
        parts.put("meetings per duo", () -> duos.meetingsPerDuo(programme, null, null, null, null));
        for (Metric metric : DashboardService.ACTIVITY) {
            parts.put(metric.name(), () -> targets.measure(programme, metric));
        }
        parts.forEach((name, part) -> {
            var times = new ArrayList<Double>();
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                as(accounts, part);
                if (i >= 2) {
                    times.add(millis(start));
                }
            }
            System.out.printf("  part %-40s median %.0f ms%n", name, median(times));
        });
    }

    /** Mentors and mentees with a spread of paths; duos for those who were matched, meetings and outcomes. */
    private static void seed(ReportingData data, long programme, long[] cohorts, long[] sites) {
        var random = new Random(2026);
        List<Long> activeMentors = new ArrayList<>();
        Instant base = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 0; i < PARTICIPANTS; i++) {
            var role = i % 2 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
            long cohort = cohorts[i % cohorts.length];
            long site = sites[(i / 2) % sites.length];
            var path = path(role, random.nextInt(100));
            long id = data.enrolment(programme, cohort, site, role, base.plusSeconds(i * 60L), path);
            var last = path[path.length - 1];
            boolean matched = List.of(path).contains(MATCHED);
            if (role == ParticipantRole.MENTOR && matched) {
                activeMentors.add(id);
            }
            if (role == ParticipantRole.MENTEE && matched && !activeMentors.isEmpty()) {
                long mentor = activeMentors.get(random.nextInt(activeMentors.size()));
                var state = last == COMPLETED ? DuoState.COMPLETED : last == ACTIVE ? DuoState.ACTIVE
                        : last == MATCHED ? DuoState.CONFIRMED : DuoState.ENDED_EARLY;
                long duo = data.duo(programme, cohort, mentor, id, state, state != DuoState.CONFIRMED);
                if (state != DuoState.CONFIRMED) {
                    data.meetings(duo, random.nextInt(12));
                }
                if (state == DuoState.COMPLETED) {
                    data.outcome(duo, OutcomeMoment.AT_END, OutcomeKind.STILL_SEARCHING);
                    data.outcome(duo, OutcomeMoment.MONTHS_3, random.nextInt(10) < 6 ? OutcomeKind.JOB
                            : OutcomeKind.STILL_SEARCHING);
                    if (random.nextBoolean()) {
                        data.outcome(duo, OutcomeMoment.MONTHS_12, random.nextInt(10) < 5 ? OutcomeKind.EDUCATION
                                : OutcomeKind.VOLUNTEERING);
                    }
                }
            }
            if (i % 2_000 == 1_999) {
                data.flush();
            }
        }
        data.flush();
    }

    private static EnrolmentStatus[] path(ParticipantRole role, int roll) {
        var steps = new ArrayList<>(List.of(APPLIED, INTAKE_PLANNED, INTAKE_DONE, ELIGIBLE));
        if (roll < 10) {
            return new EnrolmentStatus[] {APPLIED};
        }
        if (roll < 18) {
            steps.add(WITHDRAWN);
            return steps.toArray(EnrolmentStatus[]::new);
        }
        if (role == ParticipantRole.MENTOR) {
            steps.add(TRAINED);
        }
        steps.add(READY_TO_MATCH);
        if (roll < 28) {
            return steps.toArray(EnrolmentStatus[]::new);
        }
        steps.add(MATCHED);
        if (roll < 33) {
            return steps.toArray(EnrolmentStatus[]::new);
        }
        steps.add(ACTIVE);
        if (roll < 40) {
            steps.add(READY_TO_MATCH);
        } else if (roll >= 70) {
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

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
