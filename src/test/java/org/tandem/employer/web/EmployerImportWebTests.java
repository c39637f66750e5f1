package org.tandem.employer.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.tandem.employer.EmployerImportFiles;
import org.tandem.participant.ImportFiles;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;

@IntegrationTest
@WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class EmployerImportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    long programmeId;

    @BeforeEach
    void programme() {
        users.ensure();
        programmeId = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
    }

    private static MockMultipartFile csv(byte[] content) {
        return new MockMultipartFile("file", "employers.csv", "text/csv", content);
    }

    private static String id(long value) {
        return String.valueOf(value);
    }

    @Test
    void theListLinksToTheImportPageWhichDocumentsTheColumns() throws Exception {
        mvc.perform(get("/employers"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-employers\"")))
                .andExpect(content().string(containsString("href=\"/employers/import?programmeId=\"")));
        mvc.perform(get("/employers/import").param("programmeId", id(programmeId)))
                .andExpect(status().isOk())
                .andExpect(view().name("employer/import"))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("zwaar_beroep")))
                .andExpect(content().string(containsString("toegezegde_mentoren")))
                .andExpect(content().string(containsString("<option value=\"" + programmeId + "\" selected")));
    }

    @Test
    void theImportPageUploadsAFileAndShowsTheCounts() throws Exception {
        var file = new MockMultipartFile("file", "employers.xlsx", "application/octet-stream",
                ImportFiles.xlsx(EmployerImportFiles.employers(EmployerImportFiles.unique(), 4)));

        mvc.perform(multipart("/employers/import").file(file).param("programmeId", id(programmeId)).with(csrf())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("employer/import"))
                .andExpect(content().string(containsString(
                        "Import done: 4 new employers, 4 put in the programme&#39;s recruitment, 0 unchanged.")));
    }

    @Test
    void aRejectedFileShowsEveryProblemInATable() throws Exception {
        var rows = EmployerImportFiles.with(EmployerImportFiles.employers(EmployerImportFiles.unique(), 3), 2,
                "contact_email", "nope");
        mvc.perform(multipart("/employers/import").file(csv(ImportFiles.csv(rows))).param("programmeId", id(programmeId))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is niets geïmporteerd: 1 problemen gevonden.")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("<td>contact_email</td>")))
                .andExpect(content().string(containsString("geen geldig e-mailadres")));
    }

    @Test
    void aWrongFileTypeOrNoProgrammeGetsAMessageNotAnErrorPage() throws Exception {
        var pdf = new MockMultipartFile("file", "employers.csv", "text/csv", new byte[] {'%', 'P', 0, 1, 2});
        mvc.perform(multipart("/employers/import").file(pdf).param("programmeId", id(programmeId)).with(csrf())
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-refusal\"")))
                .andExpect(content().string(containsString("XLSX")));
        mvc.perform(multipart("/employers/import").file(csv(ImportFiles.csv(EmployerImportFiles.employers("x", 1))))
                        .with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the programme you import the employers for.")));
    }

    @Test
    @WithUserDetails(value = TestUsers.OTHER_COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anotherCoordinatorsProgrammeDoesNotExist() throws Exception {
        mvc.perform(get("/employers/import").param("programmeId", id(programmeId))).andExpect(status().isNotFound());
        mvc.perform(multipart("/employers/import").param("programmeId", id(programmeId))
                        .file(csv(ImportFiles.csv(EmployerImportFiles.employers(EmployerImportFiles.unique(), 1))))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersTheReportOrEveryRowError() throws Exception {
        var rows = EmployerImportFiles.employers(EmployerImportFiles.unique(), 2);
        String url = "/api/v1/programmes/{id}/employers/import";
        mvc.perform(multipart(url, programmeId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.employersCreated").value(2))
                .andExpect(jsonPath("$.recruitmentsCreated").value(2));
        mvc.perform(multipart(url, programmeId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(2));

        EmployerImportFiles.with(rows, 2, "pledged_mentors", "900");
        mvc.perform(multipart(url, programmeId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("pledged_mentors"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 0 and 500"));

        mvc.perform(multipart(url, programmeId).file(csv(new byte[] {0, 1, 2}))
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("CSV")));

        mvc.perform(multipart(url, programmeId).file(csv(ImportFiles.csv(rows)))
                        .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(url, programmeId).file(csv(ImportFiles.csv(rows)))
                        .with(user("mentor").roles("MENTOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
