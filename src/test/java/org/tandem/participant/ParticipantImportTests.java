package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.ImportProblem;
import org.tandem.shared.ImportReader;
import org.tandem.shared.ImportRefusedException;

@IntegrationTest
class ParticipantImportTests {

    @Autowired
    ParticipantImport importer;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    PersonRepository people;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    EnrolmentService enrolmentService;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long cohortId;

    @BeforeEach
    void cohort() {
        users.ensure();
        cohortId = as(TestUsers.COORDINATOR, () -> {
            long programmeId = programmes.create(ProgrammeMother.details());
            return programmes.addCohort(programmeId, ProgrammeMother.cohort("Import"));
        });
    }

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private ImportReport importAs(String email, byte[] content) {
        return as(email, () -> importer.importInto(cohortId, content));
    }

    private ImportReport importFile(byte[] content) {
        return importAs(TestUsers.COORDINATOR, content);
    }

    @Test
    void importsACsvFileAsApplications() {
        String prefix = ImportFiles.unique();
        var report = importFile(ImportFiles.csv(ImportFiles.participants(prefix, 3)));

        assertThat(report.accepted()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.peopleCreated()).isEqualTo(3);
        assertThat(report.unchanged()).isZero();
        var person = people.findAllByEmail(prefix + "-2@example.org").get(0);
        var enrolment = enrolments.findByPersonIdAndCohortIdAndRole(person.id(), cohortId, ParticipantRole.MENTOR)
                .orElseThrow();
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.APPLIED);
        assertThat(enrolment.capacity()).isEqualTo(2);
        var profile = as(TestUsers.COORDINATOR, () -> queries.get(enrolment.id())).profile();
        assertThat(profile.languages()).containsEntry(Language.NL, LanguageLevel.C2)
                .containsEntry(Language.FR, LanguageLevel.B1);
        assertThat(profile.sectors()).containsExactlyInAnyOrder(Sector.FINANCE, Sector.EDUCATION);
        assertThat(profile.educationSector()).isEqualTo(EducationSector.VO);
        assertThat(profile.availability().slots()).containsExactlyInAnyOrder("MON_MORNING", "WED_EVENING");
        assertThat(profile.meetingMode()).isEqualTo(MeetingMode.ONLINE);
        assertThat(profile.interests()).containsExactlyInAnyOrder("reading", "football");
        assertThat(profile.yearsOfExperience()).isEqualTo(25);
        assertThat(person.birthYear()).isEqualTo(1965);
    }

    @Test
    void importsAnXlsxFileAndAReimportChangesNothing() {
        byte[] file = ImportFiles.xlsx(ImportFiles.participants(ImportFiles.unique(), 20));
        var first = importFile(file);
        assertThat(first.accepted()).isTrue();
        assertThat(first.created()).isEqualTo(20);
        long persons = people.count();
        long enrolled = enrolments.count();

        var second = importFile(file);

        assertThat(second.accepted()).isTrue();
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(20);
        assertThat(people.count()).isEqualTo(persons);
        assertThat(enrolments.count()).isEqualTo(enrolled);
    }

    @Test
    void knownPeopleKeepTheirDetailsAndGetAnEnrolmentInTheNewCohort() {
        String prefix = ImportFiles.unique();
        importFile(ImportFiles.csv(ImportFiles.participants(prefix, 2)));
        long programmeId = as(TestUsers.COORDINATOR, () -> importer.cohort(cohortId).programmeId());
        long secondCohort = as(TestUsers.COORDINATOR, () -> programmes.addCohort(programmeId,
                ProgrammeMother.cohort("Second")));
        var rows = ImportFiles.with(ImportFiles.participants(prefix, 2), 1, "first_name", "Changed");

        var report = as(TestUsers.COORDINATOR, () -> importer.importInto(secondCohort, ImportFiles.csv(rows)));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.peopleCreated()).isZero();
        assertThat(people.findByProgrammeIdAndEmail(programmeId, prefix + "-1@example.org").orElseThrow()
                .firstName()).isEqualTo("Anna1");
    }

    @Test
    void aReimportOfKnownPeopleReadsNoneOfThemAgainPastItsFirstChunk() {
        String prefix = ImportFiles.unique();
        var rows = ImportFiles.participants(prefix, 520);
        importFile(ImportFiles.csv(rows));
        long programmeId = as(TestUsers.COORDINATOR, () -> importer.cohort(cohortId).programmeId());
        long secondCohort = as(TestUsers.COORDINATOR, () -> programmes.addCohort(programmeId,
                ProgrammeMother.cohort("Second")));
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            var report = as(TestUsers.COORDINATOR, () -> importer.importInto(secondCohort, ImportFiles.csv(rows)));
            assertThat(report.created()).isEqualTo(520);
            assertThat(report.peopleCreated()).isZero();
            assertThat(statistics.getEntityFetchCount()).as("people read one by one").isZero();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
        var person = people.findByProgrammeIdAndEmail(programmeId, prefix + "-519@example.org").orElseThrow();
        assertThat(jdbc.queryForList("select sort_last_name || ' ' || sort_first_name from enrolment "
                + "where person_id = ? and cohort_id = ?", String.class, person.id(), secondCohort))
                .containsExactly(person.lastName() + " " + person.firstName());
    }

    /**
     * A person's details belong to the programme that was given them: a coordinator who imports (or enrols) an
     * address known only in a programme they do not manage gets a person of their own programme, with what they
     * supplied and nothing else, and the other programme's record stays as it was.
     */
    @Test
    void anAddressKnownOnlyInAnotherProgrammeRevealsAndReusesNothingOfIt() {
        String prefix = ImportFiles.unique();
        importFile(ImportFiles.csv(ImportFiles.participants(prefix, 2)));
        String email = prefix + "-1@example.org";
        long theirCohort = as(TestUsers.OTHER_COORDINATOR, () -> programmes.addCohort(
                programmes.create(ProgrammeMother.details()), ProgrammeMother.cohort("Theirs")));
        var rows = List.of(List.of("first_name", "last_name", "email", "role"),
                List.of("Supplied", "Byimporter", email, "mentee"));

        var report = as(TestUsers.OTHER_COORDINATOR, () -> importer.importInto(theirCohort, ImportFiles.csv(rows)));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.peopleCreated()).isEqualTo(1);
        var theirs = as(TestUsers.OTHER_COORDINATOR, () -> queries.search(new ParticipantFilter(null, theirCohort,
                null, null, null, null, null, null, null, null, 0, 25)).items());
        assertThat(theirs).hasSize(1);
        var view = as(TestUsers.OTHER_COORDINATOR, () -> queries.get(theirs.get(0).id()));
        assertThat(view.person().firstName()).isEqualTo("Supplied");
        assertThat(view.person().lastName()).isEqualTo("Byimporter");
        assertThat(view.person().birthYear()).isNull();
        assertThat(view.person().city()).isNull();
        assertThat(view.person().phone()).isNull();

        // a manual enrolment in their programme of the other known address: the same
        long manual = as(TestUsers.OTHER_COORDINATOR, () -> enrolmentService.enrol(new NewEnrolment(theirCohort,
                ParticipantRole.MENTOR, new PersonData("Typed", "Bycoordinator", prefix + "-2@example.org", null, null,
                        null, null, null, null), ParticipantMother.profile(), null, null, 1)));
        var enrolled = as(TestUsers.OTHER_COORDINATOR, () -> queries.get(manual)).person();
        assertThat(enrolled.firstName()).isEqualTo("Typed");
        assertThat(enrolled.birthYear()).isNull();
        assertThat(enrolled.city()).isNull();

        // the first programme's people are untouched and still only theirs
        var ours = as(TestUsers.COORDINATOR, () -> queries.search(new ParticipantFilter(null, cohortId, null, null,
                null, null, null, null, null, null, 0, 25)).items());
        assertThat(ours).extracting(EnrolmentSummary::firstName).containsExactlyInAnyOrder("Anna1", "Anna2");
        assertThat(ours).extracting(EnrolmentSummary::city).containsOnly("Utrecht");
    }

    @Test
    void oneBadRowWritesNothingAndIsReportedAtItsRowAndColumn() {
        var rows = ImportFiles.with(ImportFiles.participants(ImportFiles.unique(), 1000), 999, "email", "not-an-address");
        long persons = people.count();
        long enrolled = enrolments.count();

        var report = importFile(ImportFiles.csv(rows));

        assertThat(report.accepted()).isFalse();
        assertThat(report.created()).isZero();
        // data row 999 is row 1000 of the sheet: the header is row 1
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(1000, "email", "import.email.invalid"));
        assertThat(people.count()).isEqualTo(persons);
        assertThat(enrolments.count()).isEqualTo(enrolled);
    }

    @Test
    void reportsEveryWrongRowAndColumnAtOnce() {
        String prefix = ImportFiles.unique();
        var rows = ImportFiles.participants(prefix, 16);
        ImportFiles.with(rows, 1, "first_name", "");
        ImportFiles.with(rows, 2, "email", "anna@@example");
        ImportFiles.with(rows, 3, "email", prefix + "-1@example.org");
        ImportFiles.with(rows, 4, "birth_year", "1850");
        ImportFiles.with(rows, 5, "birth_year", "nineteen");
        ImportFiles.with(rows, 6, "role", "coach");
        ImportFiles.with(rows, 7, "capacity", "3");
        ImportFiles.with(rows, 9, "capacity", "2"); // a mentee
        ImportFiles.with(rows, 10, "languages", "xx:B1");
        ImportFiles.with(rows, 11, "languages", "nl");
        ImportFiles.with(rows, 12, "availability", "MONDAY_NIGHT");
        ImportFiles.with(rows, 13, "country", "DE");
        ImportFiles.with(rows, 14, "phone", "call me");
        ImportFiles.with(rows, 15, "last_name", "x".repeat(81));
        ImportFiles.with(rows, 16, "role", "");

        for (byte[] file : List.of(ImportFiles.csv(rows), ImportFiles.xlsx(rows))) {
            var report = importFile(file);

            assertThat(report.accepted()).isFalse();
            assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                    .containsExactly(
                            tuple(2, "first_name", "import.value.required"),
                            tuple(3, "email", "import.email.invalid"),
                            tuple(4, "email", "import.email.duplicate"),
                            tuple(5, "birth_year", "import.number.range"),
                            tuple(6, "birth_year", "import.number.invalid"),
                            tuple(7, "role", "import.value.choice"),
                            tuple(8, "capacity", "import.number.range"),
                            tuple(10, "capacity", "import.capacity.mentee"),
                            tuple(11, "languages", "import.language.unknown"),
                            tuple(12, "languages", "import.languages.format"),
                            tuple(13, "availability", "import.availability.invalid"),
                            tuple(14, "country", "import.value.choice"),
                            tuple(15, "phone", "import.phone.invalid"),
                            tuple(16, "last_name", "import.value.tooLong"),
                            tuple(17, "role", "import.value.required"));
            assertThat(people.findAllByEmail(prefix + "-8@example.org")).isEmpty();
        }
    }

    @Test
    void acceptsDutchHeadersInAnyOrderAndSemicolons() {
        String prefix = ImportFiles.unique();
        String csv = "Rol;E-mail;Achternaam;Voornaam;Geboortejaar;Talen\n"
                + "mentee;" + prefix + "@example.org;de Vries;Sam;2001;ar:NATIVE|nl:B1\n";
        var report = importFile(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.accepted()).as("%s", report.problems()).isTrue();
        assertThat(report.created()).isEqualTo(1);
    }

    @Test
    void reportsUnknownAndMissingColumns() {
        var report = importFile("first_name,email,shoe_size\nAnna,a@example.org,41\n".getBytes(StandardCharsets.UTF_8));
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(1, "shoe_size", "import.header.unknown"),
                        tuple(1, "last_name", "import.header.missing"),
                        tuple(1, "role", "import.header.missing"));
    }

    @Test
    void refusesFilesThatAreTooLargeOfTheWrongTypeOrZipBombs() throws IOException {
        byte[] tooLarge = new byte[(int) importer.maxBytes() + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        assertRefused(tooLarge, "import.file.tooLarge");
        assertRefused("%PDF-1.7\n\u0000\u0001\u0002binary".getBytes(StandardCharsets.ISO_8859_1), "import.file.type");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "import.file.type");
        assertRefused(zip("word/document.xml", 10), "import.file.type");
        assertRefused(zip("xl/worksheets/sheet1.xml", 50 * 1024 * 1024), "import.file.zipBomb");
        assertRefused(new byte[0], "import.file.empty");
        assertRefused("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "import.file.unreadable");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        var reader = new ImportReader(5);
        assertThatThrownBy(() -> reader.read(ImportFiles.csv(ImportFiles.participants("x", 6))))
                .isInstanceOf(ImportRefusedException.class).hasMessage("import.file.tooManyRows");
        assertThatThrownBy(() -> reader.read(ImportFiles.xlsx(ImportFiles.participants("x", 6))))
                .isInstanceOf(ImportRefusedException.class).hasMessage("import.file.tooManyRows");
        assertThat(reader.read(ImportFiles.xlsx(ImportFiles.participants("x", 5))).rows()).hasSize(5);
    }

    @Test
    void aCoordinatorCannotImportIntoAnotherCoordinatorsCohort() {
        byte[] file = ImportFiles.csv(ImportFiles.participants(ImportFiles.unique(), 1));
        assertThatThrownBy(() -> importAs(TestUsers.OTHER_COORDINATOR, file)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(TestUsers.MENTOR, file)).isInstanceOf(NotFoundException.class);
        assertThat(importAs(TestUsers.ADMIN, file).created()).isEqualTo(1);
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
