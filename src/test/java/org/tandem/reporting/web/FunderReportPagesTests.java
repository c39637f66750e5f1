package org.tandem.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;

/** The funder report pages and API: the form with its field errors, the list, the PDF download, and who gets 404. */
@IntegrationTest
@org.springframework.context.annotation.Import(ParticipantFixture.class)
class FunderReportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    ParticipantFixture.Setup setup;

    @BeforeEach
    void programme() {
        testUsers.ensure();
        setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(setup.programmeId(), testUsers.id(TestUsers.RESEARCHER));
            return null;
        });
    }

    @Test
    void aCoordinatorMakesAReportThroughTheFormAndDownloadsIt() throws Exception {
        mvc.perform(get("/programmes/{id}", setup.programmeId()).with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("/programmes/" + setup.programmeId() + "/funder-reports")));
        mvc.perform(get("/programmes/{id}/funder-reports/new", setup.programmeId()).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"funder-report-form\"")));

        mvc.perform(post("/programmes/{id}/funder-reports", setup.programmeId()).with(as(TestUsers.COORDINATOR))
                        .with(csrf()).param("from", "2026-06-30").param("until", "2026-01-01")
                        .param("language", "nl").param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De laatste dag ligt voor de eerste dag.")))
                .andExpect(content().string(containsString("is-invalid")));

        mvc.perform(post("/programmes/{id}/funder-reports", setup.programmeId()).with(as(TestUsers.COORDINATOR))
                        .with(csrf()).param("from", "2026-01-01").param("until", "2026-06-30")
                        .param("language", "en").param("text", "# Highlights\n\n<script>alert(1)</script>"))
                .andExpect(redirectedUrl("/programmes/" + setup.programmeId() + "/funder-reports"));

        String list = mvc.perform(get("/programmes/{id}/funder-reports", setup.programmeId())
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("/funder-reports/(\\d+)/pdf").matcher(list);
        assertThat(matcher.find()).isTrue();
        long reportId = Long.parseLong(matcher.group(1));

        byte[] pdf = mvc.perform(get("/funder-reports/{id}/pdf", reportId).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Report for funders", "Highlights",
                    "<script>alert(1)</script>");
        }
        for (String outsider : new String[] {TestUsers.OTHER_COORDINATOR}) {
            mvc.perform(get("/funder-reports/{id}/pdf", reportId).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/programmes/{id}/funder-reports", setup.programmeId()).with(as(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/funder-reports/{id}/pdf", reportId).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/funder-reports/{id}/pdf", reportId).with(as(TestUsers.MENTOR)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theApiListsMakesAndServesReports() throws Exception {
        String location = mvc.perform(post("/api/v1/programmes/{id}/funder-reports", setup.programmeId())
                        .with(as(TestUsers.ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"language\":\"fr\","
                                + "\"text\":\"# Bilan\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/v1/funder-reports/\\d+/pdf");

        mvc.perform(get("/api/v1/programmes/{id}/funder-reports", setup.programmeId())
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].language").value("fr"))
                .andExpect(jsonPath("$[0].from").value("2026-01-01"));
        mvc.perform(get(location).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get(location).with(as(TestUsers.OTHER_COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/programmes/{id}/funder-reports", setup.programmeId())
                        .with(as(TestUsers.COORDINATOR)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"language\":\"de\"}"))
                .andExpect(status().isBadRequest());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
