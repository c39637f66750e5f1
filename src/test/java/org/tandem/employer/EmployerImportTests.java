package org.tandem.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.ImportFiles;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;
import org.tandem.shared.ImportProblem;
import org.tandem.shared.ImportRefusedException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class EmployerImportTests {

    @Autowired
    EmployerImport importer;

    @Autowired
    EmployerService employers;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    long programmeId;

    @BeforeEach
    void programme() {
        users.ensure();
        programmeId = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
    }

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private EmployerImportReport importAs(String email, long programme, byte[] content) {
        return as(email, () -> importer.importInto(programme, content));
    }

    private EmployerImportReport importFile(byte[] content) {
        return importAs(TestUsers.COORDINATOR, programmeId, content);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private EmployerView employer(String name) {
        return as(TestUsers.COORDINATOR, () -> employers.get(employers.find(name, "utrecht").orElseThrow()));
    }

    @Test
    void importsACsvFileIntoTheProgrammesRecruitment() {
        String prefix = EmployerImportFiles.unique();
        var report = importFile(ImportFiles.csv(EmployerImportFiles.employers(prefix, 3)));

        assertThat(report.accepted()).isTrue();
        assertThat(report.employersCreated()).isEqualTo(3);
        assertThat(report.recruitmentsCreated()).isEqualTo(3);
        assertThat(report.unchanged()).isZero();
        var second = employer(prefix + " Bouw 2");
        assertThat(second.sector()).isEqualTo(EmployerSector.CONSTRUCTION);
        assertThat(second.heavyProfession()).isTrue();
        assertThat(second.sizeBand()).isEqualTo(SizeBand.MEDIUM);
        assertThat(second.country()).isEqualTo(Country.NL);
        assertThat(second.recruitments()).singleElement().satisfies(r -> {
            assertThat(r.programmeId()).isEqualTo(programmeId);
            assertThat(r.stage()).isEqualTo(PipelineStage.PROSPECT);
        });
        assertThat(second.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Hanna HR2");
            assertThat(c.phone()).isEqualTo("030 123 4567");
        });
        var third = employer(prefix + " Bouw 3");
        assertThat(third.heavyProfession()).isFalse();
        assertThat(third.recruitments()).singleElement().satisfies(r -> {
            assertThat(r.stage()).isEqualTo(PipelineStage.COMMITTED);
            assertThat(r.pledgedMentors()).isEqualTo(4);
            assertThat(r.hoursPerMonth()).isEqualTo(10);
        });
    }

    @Test
    void importsAnXlsxFileWithDutchHeadersAndAReimportChangesNothing() {
        var rows = EmployerImportFiles.employers(EmployerImportFiles.unique(), 12);
        rows.set(0, new ArrayList<>(EmployerImportFiles.DUTCH_HEADER));
        byte[] file = ImportFiles.xlsx(rows);
        var first = importFile(file);
        assertThat(first.accepted()).isTrue();
        assertThat(first.employersCreated()).isEqualTo(12);
        long employerCount = count("employer");
        long recruitmentCount = count("recruitment");
        long steps = count("recruitment_step");
        long contacts = count("employer_contact");

        var second = importFile(file);

        assertThat(second.accepted()).isTrue();
        assertThat(second.employersCreated()).isZero();
        assertThat(second.recruitmentsCreated()).isZero();
        assertThat(second.unchanged()).isEqualTo(12);
        assertThat(count("employer")).isEqualTo(employerCount);
        assertThat(count("recruitment")).isEqualTo(recruitmentCount);
        assertThat(count("recruitment_step")).isEqualTo(steps);
        assertThat(count("employer_contact")).isEqualTo(contacts);
    }

    @Test
    void theNaturalKeyIgnoresCaseAndAKnownEmployerKeepsItsDetailsInANewProgramme() {
        String prefix = EmployerImportFiles.unique();
        importFile(ImportFiles.csv(EmployerImportFiles.employers(prefix, 1)));
        long other = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        var rows = EmployerImportFiles.employers(prefix, 1);
        EmployerImportFiles.with(rows, 1, "name", (prefix + " BOUW 1").toUpperCase(Locale.ROOT));
        EmployerImportFiles.with(rows, 1, "city", "UTRECHT");
        EmployerImportFiles.with(rows, 1, "sector", "care");
        EmployerImportFiles.with(rows, 1, "stage", "active");
        long employerCount = count("employer");

        var report = importAs(TestUsers.COORDINATOR, other, ImportFiles.csv(rows));

        assertThat(report.employersCreated()).isZero();
        assertThat(report.recruitmentsCreated()).isEqualTo(1);
        assertThat(count("employer")).isEqualTo(employerCount);
        var employer = employer(prefix + " Bouw 1");
        assertThat(employer.sector()).isEqualTo(EmployerSector.RETAIL);
        assertThat(employer.contacts()).hasSize(1);
        assertThat(employer.recruitments()).extracting(RecruitmentView::programmeId, RecruitmentView::stage)
                .containsExactlyInAnyOrder(tuple(programmeId, PipelineStage.PROSPECT),
                        tuple(other, PipelineStage.ACTIVE));
        assertThat(importAs(TestUsers.COORDINATOR, programmeId, ImportFiles.csv(rows)).unchanged()).isEqualTo(1);
    }

    @Test
    void oneBadRowAmongManyWritesNothing() {
        long employerCount = count("employer");
        long recruitmentCount = count("recruitment");
        var rows = EmployerImportFiles.with(EmployerImportFiles.employers(EmployerImportFiles.unique(), 40), 37,
                "country", "DE");

        var report = importFile(ImportFiles.xlsx(rows));

        assertThat(report.accepted()).isFalse();
        assertThat(report.rows()).isEqualTo(40);
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(38, "country", "import.value.choice"));
        assertThat(count("employer")).isEqualTo(employerCount);
        assertThat(count("recruitment")).isEqualTo(recruitmentCount);
    }

    @Test
    void reportsEveryWrongRowAndColumnAtOnceInEveryLanguage() {
        String prefix = EmployerImportFiles.unique();
        var rows = EmployerImportFiles.employers(prefix, 12);
        EmployerImportFiles.with(rows, 1, "name", "");
        EmployerImportFiles.with(rows, 2, "sector", "farming");
        EmployerImportFiles.with(rows, 2, "heavy_profession", "maybe");
        EmployerImportFiles.with(rows, 3, "size_band", "huge");
        EmployerImportFiles.with(rows, 4, "city", "x".repeat(81));
        EmployerImportFiles.with(rows, 5, "stage", "declined");
        EmployerImportFiles.with(rows, 6, "stage", "somewhere");
        EmployerImportFiles.with(rows, 7, "pledged_mentors", "four");
        EmployerImportFiles.with(rows, 7, "hours_per_month", "5000");
        EmployerImportFiles.with(rows, 8, "contact_email", "not-an-address");
        EmployerImportFiles.with(rows, 8, "contact_phone", "call me");
        EmployerImportFiles.with(rows, 9, "contact_name", "");
        EmployerImportFiles.with(rows, 10, "contact_email", "");
        EmployerImportFiles.with(rows, 12, "name", (prefix + " bouw 11").toUpperCase(Locale.ROOT));
        long employerCount = count("employer");

        var report = importFile(ImportFiles.csv(rows));

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple(2, "name", "import.value.required"),
                        tuple(3, "sector", "import.value.choice"),
                        tuple(3, "heavy_profession", "import.value.choice"),
                        tuple(4, "size_band", "import.value.choice"),
                        tuple(5, "city", "import.value.tooLong"),
                        tuple(6, "stage", "employer.import.stage.declined"),
                        tuple(7, "stage", "import.value.choice"),
                        tuple(8, "pledged_mentors", "import.number.invalid"),
                        tuple(8, "hours_per_month", "import.number.range"),
                        tuple(9, "contact_email", "import.email.invalid"),
                        tuple(9, "contact_phone", "import.phone.invalid"),
                        tuple(10, "contact_name", "employer.import.contact.required"),
                        tuple(11, "contact_email", "employer.import.contact.required"),
                        tuple(13, "name", "employer.import.duplicate"));
        assertThat(count("employer")).isEqualTo(employerCount);
        for (var locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.FRENCH)) {
            for (var problem : report.problems()) {
                String message = messages.getMessage(problem.code(), problem.arguments().toArray(), null, locale);
                assertThat(message).as(problem.code() + " in " + locale).isNotBlank().doesNotContain("{");
            }
        }
        assertThat(messages.getMessage("employer.import.duplicate", new Object[] {12}, Locale.ENGLISH))
                .isEqualTo("this employer (name and city) is also on row 12");
        assertThat(messages.getMessage("import.value.choice", new Object[] {"DE", "nl, be, fr"},
                Locale.forLanguageTag("nl"))).isEqualTo("'DE' is geen geldige waarde; kies uit: nl, be, fr");
    }

    @Test
    void reportsUnknownDuplicateAndMissingColumns() {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("naam", "name", "branche", "city"));
        rows.add(List.of("A", "A", "x", "Utrecht"));

        var report = importFile(ImportFiles.csv(rows));

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(tuple(1, "name", "import.header.duplicate"),
                        tuple(1, "branche", "import.header.unknown"), tuple(1, "sector", "import.header.missing"),
                        tuple(1, "size_band", "import.header.missing"), tuple(1, "country", "import.header.missing"));
    }

    @Test
    void refusesFilesThatAreTooLargeOfTheWrongTypeOrZipBombs() throws IOException {
        byte[] tooLarge = new byte[(int) importer.maxBytes() + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        assertRefused(tooLarge, "import.file.tooLarge");
        assertRefused(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}, "import.file.type");
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(zip("word/document.xml", 10), "import.file.type");
        assertRefused(zip("xl/worksheets/sheet1.xml", 50 * 1024 * 1024), "import.file.zipBomb");
    }

    @Test
    void aCoordinatorCannotImportIntoAnotherCoordinatorsProgramme() {
        byte[] file = ImportFiles.csv(EmployerImportFiles.employers(EmployerImportFiles.unique(), 1));
        long employerCount = count("employer");
        assertThatThrownBy(() -> importAs(TestUsers.OTHER_COORDINATOR, programmeId, file))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> importer.programme(programmeId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(TestUsers.MENTOR, programmeId, file)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(TestUsers.ADMIN, Long.MAX_VALUE, file))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("employer")).isEqualTo(employerCount);
        assertThat(importAs(TestUsers.ADMIN, programmeId, file).employersCreated()).isEqualTo(1);
    }

    private void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> importFile(content)).isInstanceOf(ImportRefusedException.class).hasMessage(code);
    }

    /** A zip with the OOXML parts and one part of the given size of zeros, which compresses about 1000 times. */
    private static byte[] zip(String part, int size) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            if (part.startsWith("xl/")) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
                zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry(part));
            byte[] block = new byte[64 * 1024];
            for (int written = 0; written < size; written += block.length) {
                zip.write(block, 0, Math.min(block.length, size - written));
            }
        }
        return bytes.toByteArray();
    }
}
