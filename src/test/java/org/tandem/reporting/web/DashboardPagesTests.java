package org.tandem.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.NewEnrolment;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;

/** The dashboard page, its in-place filters, its workbook and its API: who reaches them and what they hold. */
@IntegrationTest
@org.springframework.context.annotation.Import(ParticipantFixture.class)
class DashboardPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    ParticipantFixture.Setup setup;

    @BeforeEach
    void programme() {
        testUsers.ensure();
        setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        participants.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(),
                ParticipantMother.profile());
        accounts.callAs(TestUsers.COORDINATOR, () -> enrolments.enrol(new NewEnrolment(setup.cohortId(),
                ParticipantRole.MENTEE, ParticipantMother.personData(2002), ParticipantMother.profile(),
                setup.siteId(), null, 1)));
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(setup.programmeId(), testUsers.id(TestUsers.RESEARCHER));
            return null;
        });
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @Test
    void thePageShowsEachSectionWithItsChartTableAndExport() throws Exception {
        mvc.perform(get("/programmes/{id}/dashboard", setup.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard-filters\"")))
                .andExpect(content().string(containsString("id=\"table-funnelMentees\"")))
                .andExpect(content().string(containsString("id=\"chart-funnelMentees\"")))
                .andExpect(content().string(containsString("id=\"table-targets\"")))
                .andExpect(content().string(containsString("id=\"table-duos\"")))
                .andExpect(content().string(containsString("id=\"table-activity\"")))
                .andExpect(content().string(containsString("id=\"export-funnelMentees\"")))
                .andExpect(content().string(containsString("Positive outcome at 3 months")))
                .andExpect(content().string(containsString("Mentees enrolled")))
                .andExpect(content().string(containsString("id=\"record-month\"")));
        mvc.perform(get("/programmes/{id}/dashboard", setup.programmeId()).param("site", "" + setup.siteId())
                        .header("HX-Request", "true").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"figures\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("id=\"dashboard-filters\""))));
        mvc.perform(get("/programmes/{id}", setup.programmeId()).with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("/programmes/" + setup.programmeId() + "/dashboard")));
    }

    @Test
    void coordinatorsOfTheProgrammeResearchersAssignedToItAndAdminsOnly() throws Exception {
        mvc.perform(get("/programmes/{id}/dashboard", setup.programmeId()).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"record-month\""))));
        mvc.perform(get("/programmes/{id}/dashboard", setup.programmeId()).with(as(TestUsers.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/programmes/{id}/dashboard", setup.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/dashboard", setup.programmeId()).with(as(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/{id}/dashboard", 999_999).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/dashboard.xlsx", setup.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programmes/{id}/dashboard/history", setup.programmeId()).with(csrf())
                        .with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/{id}/dashboard/history", setup.programmeId()).with(csrf())
                        .with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programmes/{id}/dashboard/history", setup.programmeId()).with(csrf())
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(redirectedUrl("/programmes/" + setup.programmeId() + "/dashboard"));
    }

    @Test
    void theWorkbookHoldsEveryTableWithTheNumbersOfThePage() throws Exception {
        byte[] all = mvc.perform(get("/programmes/{id}/dashboard.xlsx", setup.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(all))) {
            var names = new ArrayList<String>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Targets", "Targets per month", "Mentor funnel", "Mentee funnel",
                    "Duos by state", "Meetings per duo", "Activities", "Response", "Before and after");
            var funnel = workbook.getSheet("Mentee funnel");
            var text = new DataFormatter();
            assertThat(text.formatCellValue(funnel.getRow(1).getCell(0))).isEqualTo("Applied");
            assertThat(funnel.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(text.formatCellValue(funnel.getRow(2).getCell(0))).isEqualTo("Eligible");
            assertThat(funnel.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(funnel.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(50.0);
        }
        byte[] one = mvc.perform(get("/programmes/{id}/dashboard.xlsx", setup.programmeId())
                        .param("table", "duos").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(one))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
        mvc.perform(get("/programmes/{id}/dashboard.xlsx", setup.programmeId()).param("table", "nope")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesTheSameFiguresToWhoMaySeeThemAnd404ToOthers() throws Exception {
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId()).param("site", "" + setup.siteId())
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.funnel.mentees[0].step").value("APPLIED"))
                .andExpect(jsonPath("$.funnel.mentees[0].count").value(2))
                .andExpect(jsonPath("$.funnel.mentees[1].lostShare").value(50.0))
                .andExpect(jsonPath("$.targets[0].metric").value("MENTEES_ENROLLED"))
                .andExpect(jsonPath("$.targets[0].current").value(2.0))
                .andExpect(jsonPath("$.scope.siteId").value(setup.siteId()))
                .andExpect(jsonPath("$.duosByState.length()").value(7));
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId())
                        .with(httpBasic(TestUsers.RESEARCHER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.surveys.length()").value(0));
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId())
                        .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId()).param("cohort", "999999")
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId()).param("from", "2026-13-01")
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId()).param("from", "2026-05-01")
                        .param("until", "2026-04-01").with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", setup.programmeId())
                        .with(httpBasic(TestUsers.MENTOR, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
