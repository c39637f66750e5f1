package org.tandem.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.ConsentService;
import org.tandem.programme.ProgrammeService;

/**
 * The research export end to end, on crafted cohorts: the pseudonyms (stable within a project, unlinkable across
 * projects, equal to nothing in the database), no small cell left, the consent respected (a withdrawn person is gone
 * from every later export), the codebook complete, and who may reach what.
 */
@IntegrationTest
class ResearchExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResearchWorld fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsentService consents;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ResearchKeys keys;

    @Autowired
    ResearchService research;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private Map<String, String> exportZip(long projectId, String file) throws Exception {
        byte[] bytes = mvc.perform(get("/research/projects/" + projectId + "/" + file).param("lang", "en")
                        .with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName().replace(".csv", ""), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    private static List<String> header(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getHeaderNames();
    }

    private static List<String> pseudonyms(Map<String, String> files) throws IOException {
        return rows(files.get("enrolments")).stream().map(r -> r.get("person")).toList();
    }

    @Test
    void pseudonymsAreStableWithinAProjectUnlinkableAcrossProjectsAndEqualToNothingInTheDatabase() throws Exception {
        var world = fixture.programme();
        var people = fixture.people(world, 12, world.rotterdam(), "MENTOR", 1971, "FEMALE", null);
        long first = fixture.project(world, "Project one");
        long second = fixture.project(world, "Project two");

        var once = exportZip(first, "export.zip");
        var again = exportZip(first, "export.zip");
        var other = exportZip(second, "export.zip");

        assertThat(pseudonyms(once)).hasSize(12).doesNotHaveDuplicates().allMatch(p -> p.matches("P-[0-9a-f]{24}"));
        assertThat(pseudonyms(again)).containsExactlyInAnyOrderElementsOf(pseudonyms(once));
        assertThat(pseudonyms(other)).hasSize(12).doesNotContainAnyElementsOf(pseudonyms(once));
        // the same person, computed from the key outside the database, in both exports of the project
        var project = Pseudonyms.forProject(keys.master().orElseThrow(),
                java.util.HexFormat.of().parseHex(fixture.salt(first)));
        assertThat(pseudonyms(once)).contains(project.person(people.get(0).personId()));

        List<String> identifiers = fixture.identifiers();
        assertThat(identifiers).isNotEmpty();
        for (var files : List.of(once, other)) {
            assertThat(pseudonyms(files)).doesNotContainAnyElementsOf(identifiers);
            String all = String.join("\n", files.values());
            // random hex in pseudonyms may spell a birth year ("P-…b19711…"): search the rest
            String withoutCodes = all.replaceAll("\\b[PD]-[0-9a-f]{24}\\b", "");
            for (var person : people) {
                assertThat(withoutCodes).doesNotContain(person.email()).doesNotContain(person.lastName())
                        .doesNotContain("Zzfirst").doesNotContain("3011 AB").doesNotContain("+31 6")
                        .doesNotContain("1971").doesNotContain("ambition");
            }
            // neither the key nor the project's salt travels with the export
            assertThat(all).doesNotContain(fixture.salt(first)).doesNotContain(fixture.salt(second))
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString(keys.master().orElseThrow()));
        }
        assertThat(rows(once.get("enrolments")).get(0).get("age_band")).isEqualTo("1970-1974");
    }

    @Test
    void noCombinationOfQuasiIdentifiersSharedByFewerThanFivePeopleIsLeftInACraftedCohort() throws Exception {
        var world = fixture.programme();
        fixture.people(world, 6, world.rotterdam(), "MENTOR", 1962, "FEMALE", "NONE");
        fixture.people(world, 3, world.rotterdam(), "MENTOR", 1966, "FEMALE", "NONE");
        fixture.people(world, 4, world.rotterdam(), "MENTOR", 1968, "MALE", "FIRST_GENERATION");
        fixture.people(world, 2, world.brussel(), "MENTEE", 2001, "FEMALE", "FIRST_GENERATION");
        fixture.people(world, 2, world.brussel(), "MENTEE", 2003, "MALE", "SECOND_GENERATION");
        fixture.people(world, 1, world.brussel(), "MENTEE", 1999, "NON_BINARY", "FIRST_GENERATION");
        fixture.people(world, 1, world.rotterdam(), "MENTEE", 1950, "MALE", null);
        long project = fixture.project(world, "Small cells");

        var files = exportZip(project, "export.zip");
        var enrolments = rows(files.get("enrolments"));
        Map<List<String>, Set<String>> groups = new HashMap<>();
        for (var row : enrolments) {
            groups.computeIfAbsent(List.of(row.get("site"), row.get("role"), row.get("age_band"), row.get("gender")),
                    k -> new HashSet<>()).add(row.get("person"));
        }
        assertThat(groups.values()).allSatisfy(people -> assertThat(people).hasSizeGreaterThanOrEqualTo(5));
        // a group big enough keeps its exact values; the 3 + 4 Rotterdam mentors are generalised, not dropped
        assertThat(groups).containsKey(List.of("Rotterdam", "MENTOR", "1960-1964", "FEMALE"));
        // the one non-binary mentee would be recognisable: that value never appears with them
        assertThat(enrolments).noneMatch(r -> r.get("gender").equals("NON_BINARY"));
        assertThat(files.get("notes")).contains("at least 5 people").containsPattern("\\d+ rows: ");

        var sensitive = exportZip(project, "sensitive.zip");
        assertThat(sensitive).containsOnlyKeys("sensitive", "codebook", "notes");
        Map<String, String> background = new HashMap<>();
        rows(sensitive.get("sensitive")).forEach(r -> background.put(r.get("person"), r.get("migration_background")));
        assertThat(background).isNotEmpty();
        Map<List<String>, Set<String>> withBackground = new HashMap<>();
        for (var row : enrolments) {
            if (background.containsKey(row.get("person"))) {
                withBackground.computeIfAbsent(List.of(row.get("site"), row.get("role"), row.get("age_band"),
                        row.get("gender"), background.get(row.get("person"))), k -> new HashSet<>())
                        .add(row.get("person"));
            }
        }
        assertThat(withBackground.values()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(5));
        // the migration background never reaches the main files
        assertThat(String.join("\n", files.values())).doesNotContain("FIRST_GENERATION")
                .doesNotContain("migration_background");
    }

    @Test
    void aPersonWhoWithdrewTheResearchConsentIsAbsentFromEveryLaterExportAndNonConsentersNeverAppear()
            throws Exception {
        var world = fixture.programme();
        var mentors = fixture.people(world, 6, world.rotterdam(), "MENTOR", 1963, "MALE", null);
        var mentees = fixture.people(world, 6, world.rotterdam(), "MENTEE", 2002, "FEMALE", null);
        var stranger = fixture.person(world, world.rotterdam(), "MENTEE", 2002, "FEMALE", false, null);
        for (int i = 0; i < 6; i++) {
            fixture.duo(world, mentors.get(i), mentees.get(i), 2 + i);
        }
        long strangersDuo = fixture.duo(world, mentors.get(0), stranger, 1);
        long project = fixture.project(world, "Consent");
        var pseudonyms = Pseudonyms.forProject(keys.master().orElseThrow(),
                java.util.HexFormat.of().parseHex(fixture.salt(project)));
        var leaving = mentees.get(5);
        String leavingPseudonym = pseudonyms.person(leaving.personId());

        var before = exportZip(project, "export.zip");
        assertThat(before.get("enrolments")).contains(leavingPseudonym);
        assertThat(before.get("outcomes")).contains(leavingPseudonym);
        assertThat(rows(before.get("duos"))).hasSize(6);
        assertThat(rows(before.get("meetings"))).extracting(r -> r.get("meetings")).contains("2", "7");
        String all = String.join("\n", before.values());
        assertThat(all).doesNotContain(pseudonyms.person(stranger.personId()))
                .doesNotContain(pseudonyms.duo(strangersDuo)).doesNotContain("Secret note")
                .doesNotContain("Outcome note");

        long consentId = new org.springframework.jdbc.core.JdbcTemplate(dataSource()).queryForObject(
                "select id from consent where person_id = ? and purpose = 'RESEARCH'", Long.class, leaving.personId());
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            consents.withdraw(leaving.enrolmentId(), consentId);
            return null;
        });

        var after = exportZip(project, "export.zip");
        assertThat(String.join("\n", after.values())).doesNotContain(leavingPseudonym);
        assertThat(rows(after.get("duos"))).hasSize(5);
        assertThat(rows(after.get("enrolments"))).hasSize(11);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Test
    void theCodebookListsEveryColumnOfEveryFileInBothFormats() throws Exception {
        var world = fixture.programme();
        var mentors = fixture.people(world, 5, world.rotterdam(), "MENTOR", 1960, "MALE", "NONE");
        var mentees = fixture.people(world, 5, world.rotterdam(), "MENTEE", 2000, "MALE", "NONE");
        fixture.duo(world, mentors.get(0), mentees.get(0), 3);
        long project = fixture.project(world, "Codebook");

        for (String file : List.of("export.zip", "sensitive.zip")) {
            var files = exportZip(project, file);
            Set<List<String>> described = new HashSet<>();
            for (var row : rows(files.get("codebook"))) {
                assertThat(row.get("meaning")).as(row.get("file") + "." + row.get("column")).isNotBlank();
                described.add(List.of(row.get("file"), row.get("column")));
            }
            Set<List<String>> columns = new HashSet<>();
            for (var entry : files.entrySet()) {
                for (String column : header(entry.getValue())) {
                    columns.add(List.of(entry.getKey(), column));
                }
            }
            assertThat(described).isEqualTo(columns);
        }

        byte[] xlsx = mvc.perform(get("/research/projects/" + project + "/export.xlsx").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var formatter = new DataFormatter();
            Set<List<String>> columns = new HashSet<>();
            List<String> sheets = new ArrayList<>();
            for (var sheet : workbook) {
                sheets.add(sheet.getSheetName());
                for (var cell : sheet.getRow(0)) {
                    columns.add(List.of(sheet.getSheetName(), formatter.formatCellValue(cell)));
                }
            }
            assertThat(sheets).containsExactly("enrolments", "duos", "meetings", "activities", "outcomes",
                    "survey_questions", "survey_answers", "codebook", "notes");
            Set<List<String>> described = new HashSet<>();
            var codebook = workbook.getSheet("codebook");
            for (int r = 1; r <= codebook.getLastRowNum(); r++) {
                described.add(List.of(formatter.formatCellValue(codebook.getRow(r).getCell(0)),
                        formatter.formatCellValue(codebook.getRow(r).getCell(1))));
            }
            assertThat(described).isEqualTo(columns);
            assertThat(workbook.getSheet("enrolments").getLastRowNum()).isEqualTo(10);
        }
    }

    @Test
    void onlyResearchersOnTheProjectAndAssignedToItsProgrammeExportAndCoordinatorsSeeTheLog() throws Exception {
        var world = fixture.programme();
        fixture.people(world, 5, world.rotterdam(), "MENTOR", 1960, "MALE", null);
        long project = fixture.project(world, "Access");
        long unstaffed = accounts.callAs(TestUsers.COORDINATOR,
                () -> research.create(world.programmeId(), "Nobody on it", null));
        // on no project of theirs: neither the page nor the export exist
        mvc.perform(get("/research/projects/" + unstaffed).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/projects/" + unstaffed + "/export.zip").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/research/projects/" + unstaffed + "/export").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        // the coordinator manages the project and reads the log, but does not export
        mvc.perform(get("/research/projects/" + project + "/export.zip").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/projects/" + project).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/projects/" + project).with(as(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/research/projects/" + project).param("lang", "en").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"export-zip\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "id=\"log\""))));
        mvc.perform(get("/api/v1/research/projects/" + project + "/export").param("format", "XLSX")
                        .with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk()).andExpect(content().contentType(ExportFormat.XLSX.mediaType()));
        mvc.perform(get("/api/v1/research/projects/" + project + "/exports").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].people")
                        .value(5))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].format")
                        .value("xlsx"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$[0].accountName").value("researcher tester"));
        mvc.perform(get("/api/v1/research/projects/" + project + "/exports").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/projects/" + project).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "researcher tester")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "id=\"export-zip\""))));
        // a researcher taken off the programme no longer exports, even while still on the project
        accounts.unassignProgramme(testUsers.id(TestUsers.RESEARCHER), world.programmeId());
        mvc.perform(get("/research/projects/" + project + "/export.zip").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProgrammeThatDoesNotRecordMigrationBackgroundHasNoSensitiveFile() throws Exception {
        var world = fixture.programme(org.tandem.programme.ProgrammeKind.CAREER_SWITCH);
        fixture.people(world, 5, world.rotterdam(), "MENTOR", 1975, "MALE", "NONE");
        long project = fixture.project(world, "Career switch");
        mvc.perform(get("/research/projects/" + project + "/sensitive.zip").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/research/projects/" + project).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("sensitive-export"))));
        assertThat(exportZip(project, "export.zip").get("enrolments")).doesNotContain("NONE");
    }

    @Test
    void anExportOfAProgrammeOfThreeThousandPeopleTakesSeconds() throws Exception {
        var world = fixture.programme();
        long seeding = System.nanoTime();
        fixture.largeCohort(world, 3000, new java.util.Random(3));
        long seeded = System.nanoTime() - seeding;
        long project = fixture.project(world, "Large");
        exportZip(project, "export.zip");
        List<Double> zip = new ArrayList<>();
        List<Double> xlsx = new ArrayList<>();
        Map<String, String> files = Map.of();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            files = exportZip(project, "export.zip");
            zip.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            mvc.perform(get("/research/projects/" + project + "/export.xlsx").with(as(TestUsers.RESEARCHER)))
                    .andExpect(status().isOk());
            xlsx.add((System.nanoTime() - start) / 1e6);
        }
        assertThat(rows(files.get("enrolments")).size()).isGreaterThan(2900);
        assertThat(rows(files.get("meetings"))).hasSizeGreaterThan(1400);
        System.out.printf("Research export of 3000 people (1500 duos): seeded in %.0f ms; ZIP %s ms, XLSX %s ms%n",
                seeded / 1e6, zip, xlsx);
        assertThat(java.util.Collections.min(zip)).isLessThan(15_000);
    }

    @Test
    void aCoordinatorCreatesAProjectOnTheirProgrammeAndPutsOnlyItsResearchersOnIt() throws Exception {
        var world = fixture.programme();
        mvc.perform(post("/research/projects").param("programmeId", "" + world.programmeId()).param("name", " ")
                        .param("lang", "en").with(csrf()).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "is-invalid")));
        mvc.perform(post("/research/projects").param("programmeId", "" + world.programmeId())
                        .param("name", "Mentors' growth").param("lang", "en").with(csrf())
                        .with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Choose a programme you coordinate.")));
        mvc.perform(post("/api/v1/research/projects").contentType("application/json")
                        .content("{\"programmeId\":" + world.programmeId() + ",\"name\":\"Growth\"}")
                        .with(csrf()).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isCreated());
        long project = accounts.callAs(TestUsers.COORDINATOR, () -> fixture.project(world, "Second"));
        mvc.perform(post("/api/v1/research/projects/" + project + "/researchers").contentType("application/json")
                        .content("{\"accountId\":" + testUsers.id(TestUsers.MENTOR) + "}")
                        .with(csrf()).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isBadRequest());
    }
}
