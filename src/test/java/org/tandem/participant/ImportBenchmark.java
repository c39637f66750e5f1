package org.tandem.participant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.ImportReader;

/**
 * Not a test: measures the participant import and the participant list query on a fresh in-memory H2 database,
 * with the application booted on profile "test". Run it with
 * {@code mvn -B -o test-compile exec:java -Dexec.mainClass=org.tandem.participant.ImportBenchmark -Dexec.classpathScope=test}.
 */
public final class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 10_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final String ADMIN = "benchmark-admin@test.tandem";

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=jdbc:h2:mem:benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN", "server.port=0")
                .run(args)) {
            new ImportBenchmark().run(context);
        }
        System.exit(0);
    }

    private void run(ConfigurableApplicationContext context) {
        var accounts = context.getBean(AccountService.class);
        var programmes = context.getBean(ProgrammeService.class);
        var importer = context.getBean(ParticipantImport.class);
        var queries = context.getBean(ParticipantQueries.class);
        var people = context.getBean(PersonRepository.class);
        var enrolments = context.getBean(EnrolmentRepository.class);
        accounts.create(new NewUser(ADMIN, "Benchmark", "benchmark-password-1", Set.of(Role.ADMIN)));
        long programmeId = as(accounts, () -> programmes.create(ProgrammeMother.details()));
        System.out.printf("Cores: %d, max heap: %d MB, system load average: %.1f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        var importTimes = new ArrayList<Double>();
        var parseTimes = new ArrayList<Double>();
        long firstCohort = 0;
        for (int run = 1; run <= RUNS; run++) {
            int number = run;
            long cohortId = as(accounts, () -> programmes.addCohort(programmeId,
                    ProgrammeMother.cohort("Benchmark " + number)));
            firstCohort = run == 1 ? cohortId : firstCohort;
            byte[] file = ImportFiles.xlsx(ImportFiles.participants("run" + run, ROWS));
            long parseStart = System.nanoTime();
            var parsed = new ImportRowParser(2026).parse(new ImportReader(50_000).read(file));
            parseTimes.add(millis(parseStart));
            long start = System.nanoTime();
            var report = as(accounts, () -> importer.importInto(cohortId, file));
            double took = millis(start);
            importTimes.add(took);
            System.out.printf("Import run %d: %,d bytes XLSX, %d rows valid=%s, created %d, took %.0f ms "
                    + "(read+validate alone %.0f ms)%n", run, file.length, parsed.rows().size(),
                    parsed.problems().isEmpty(), report.created(), took, parseTimes.get(run - 1));
            if (run == 2 || RUNS == 1) {
                measureSearch(accounts, queries, firstCohort, enrolments.count());
            }
        }
        System.out.printf("IMPORT 10,000 rows (validate + write), median of %d: %.0f ms (read+validate alone: %.0f ms)%n",
                RUNS, median(importTimes), median(parseTimes));

        long cohortId = as(accounts, () -> programmes.addCohort(programmeId, ProgrammeMother.cohort("Bad")));
        var rows = ImportFiles.with(ImportFiles.participants("bad", ROWS), ROWS, "email", "not-an-address");
        byte[] bad = ImportFiles.xlsx(rows);
        long persons = people.count();
        long enrolled = enrolments.count();
        var rejectTimes = new ArrayList<Double>();
        ImportReport report = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            report = as(accounts, () -> importer.importInto(cohortId, bad));
            rejectTimes.add(millis(start));
        }
        var problem = report.problems().get(0);
        System.out.printf("REJECT 10,000 rows with a bad last row, median of 3: %.0f ms; accepted=%s, problems=%d, "
                        + "first problem at row %d column %s (%s); people %d -> %d, enrolments %d -> %d%n",
                median(rejectTimes), report.accepted(), report.problems().size(), problem.row(), problem.column(),
                problem.code(), persons, people.count(), enrolled, enrolments.count());
        System.out.printf("System load average at the end: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void measureSearch(AccountService accounts, ParticipantQueries queries, long cohortId,
            long total) {
        var filters = List.of(
                new ParticipantFilter(null, cohortId, null, EnrolmentStatus.APPLIED, null, null, null, null,
                        "jansen12", ParticipantFilter.Sort.NAME, 0, 25),
                new ParticipantFilter(null, cohortId, ParticipantRole.MENTOR, EnrolmentStatus.APPLIED, null, null,
                        null, null, null, ParticipantFilter.Sort.NAME, 0, 25),
                new ParticipantFilter(null, null, null, null, null, null, null, null, "anna1999",
                        ParticipantFilter.Sort.NAME, 0, 25));
        for (var filter : filters) {
            var times = new ArrayList<Double>();
            PageOf<EnrolmentSummary> page = null;
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                page = as(accounts, () -> queries.search(filter));
                if (i >= 5) {
                    times.add(millis(start));
                }
            }
            System.out.printf("SEARCH with %,d enrolments (cohort=%s status=%s role=%s q=%s): median %.1f ms, "
                            + "%d of %d on the page%n", total, filter.cohortId(), filter.status(), filter.role(),
                    filter.q(), median(times), page.items().size(), page.total());
        }
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
