package org.tandem.participant.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.ImportFiles;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;

@IntegrationTest
@WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ParticipantImportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    long cohortId;

    @BeforeEach
    void cohort() {
        users.ensure();
        cohortId = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.addCohort(
                programmes.create(ProgrammeMother.details()), ProgrammeMother.cohort("Web import")));
    }

    private static MockMultipartFile csv(byte[] content) {
        return new MockMultipartFile("file", "participants.csv", "text/csv", content);
    }

    @Test
    void theImportPageUploadsAFileAndShowsTheCounts() throws Exception {
        mvc.perform(get("/participants/import/{id}", cohortId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("voorkeurstaal")));
        var file = new MockMultipartFile("file", "participants.xlsx", "application/octet-stream",
                ImportFiles.xlsx(ImportFiles.participants(ImportFiles.unique(), 4)));

        mvc.perform(multipart("/participants/import/{id}", cohortId).file(file).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("participant/import"))
                .andExpect(content().string(containsString("Import done: 4 created, 0 unchanged (4 new people).")));
    }

    @Test
    void aRejectedFileShowsEveryProblemInATable() throws Exception {
        var rows = ImportFiles.with(ImportFiles.participants(ImportFiles.unique(), 3), 2, "email", "nope");
        mvc.perform(multipart("/participants/import/{id}", cohortId).file(csv(ImportFiles.csv(rows))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is niets geïmporteerd: 1 problemen gevonden.")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("geen geldig e-mailadres")));
    }

    @Test
    void aWrongFileTypeGetsAMessageNotAnErrorPage() throws Exception {
        var pdf = new MockMultipartFile("file", "participants.csv", "text/csv", new byte[] {'%', 'P', 0, 1, 2});
        mvc.perform(multipart("/participants/import/{id}", cohortId).file(pdf).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a CSV or Excel (XLSX) file.")));
    }

    @Test
    @WithUserDetails(value = TestUsers.OTHER_COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anotherCoordinatorsCohortDoesNotExist() throws Exception {
        mvc.perform(get("/participants/import/{id}", cohortId)).andExpect(status().isNotFound());
        mvc.perform(multipart("/participants/import/{id}", cohortId)
                        .file(csv(ImportFiles.csv(ImportFiles.participants(ImportFiles.unique(), 1)))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersTheReportOrEveryRowError() throws Exception {
        var rows = ImportFiles.participants(ImportFiles.unique(), 2);
        mvc.perform(multipart("/api/v1/cohorts/{id}/participants/import", cohortId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.created").value(2));

        ImportFiles.with(rows, 2, "birth_year", "1800");
        mvc.perform(multipart("/api/v1/cohorts/{id}/participants/import", cohortId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("birth_year"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("must be between 1920 and")));

        mvc.perform(multipart("/api/v1/cohorts/{id}/participants/import", cohortId)
                        .file(csv(new byte[] {0, 1, 2})).with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("CSV")));

        mvc.perform(multipart("/api/v1/cohorts/{id}/participants/import", cohortId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportsTheFilteredListOnPagesAndTheApi() throws Exception {
        accounts.callAs(TestUsers.COORDINATOR, () -> null);
        mvc.perform(multipart("/api/v1/cohorts/{id}/participants/import", cohortId)
                        .file(csv(ImportFiles.csv(ImportFiles.participants(ImportFiles.unique(), 2))))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(get("/participants/export.csv").param("cohortId", String.valueOf(cohortId))
                        .param("role", "MENTOR"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(containsString("Anna2")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Anna1"))));
        mvc.perform(get("/api/v1/participants/export.xlsx").param("cohortId", String.valueOf(cohortId))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("participants.xlsx")));
        mvc.perform(get("/participants/export.csv").with(user("mentor").roles("MENTOR")))
                .andExpect(status().isForbidden());
    }
}
