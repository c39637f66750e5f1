package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Random;
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
import org.tandem.programme.ProgrammeService;

/** The analysis pages, the API and the workbook: who reaches them, what they show, and what they never show. */
@IntegrationTest
class AnalysisPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationFixture fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    EvaluationFixture.World world;
    long baseline;
    long end;

    @BeforeEach
    void responses() {
        testUsers.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
        baseline = fixture.wave(world, "Baseline <b>2026</b>", WaveKind.BASELINE, WavePurpose.RESEARCH, false);
        end = fixture.wave(world, "End", WaveKind.END, WavePurpose.RESEARCH, false);
        Random random = new Random(11);
        for (int i = 0; i < 9; i++) {
            long site = i < 6 ? world.rotterdam() : world.gent();
            fixture.respond(baseline, "k" + i, site, EvaluationFixture.answers(random, false));
            fixture.respond(end, "k" + i, site, EvaluationFixture.answers(random, true));
        }
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(world.programmeId(), testUsers.id(TestUsers.RESEARCHER));
            return null;
        });
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @Test
    void theComparisonPageExplainsTheChangeInWordsAndShowsTheMethod() throws Exception {
        mvc.perform(get("/evaluation/compare").param("before", "" + baseline).param("after", "" + end)
                        .param("lang", "en").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Self-confidence rose by")))
                .andExpect(content().string(containsString("on a 5-point scale (95% confidence interval")))
                .andExpect(content().string(containsString("Wilcoxon&#39;s signed-rank test drops zero")))
                .andExpect(content().string(containsString("Too few responses to show")))
                .andExpect(content().string(containsString("id=\"means-chart\"")))
                .andExpect(content().string(not(containsString("<b>2026</b>"))))
                .andExpect(content().string(not(containsString("I liked it"))));
        mvc.perform(get("/evaluation/compare").param("before", "" + baseline).param("after", "" + end)
                        .param("lang", "fr").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confiance en soi a augmenté de")));
    }

    @Test
    void onlyTheProgrammesCoordinatorsResearchersAndAdminsReachTheAnalyses() throws Exception {
        mvc.perform(get("/evaluation/waves/{id}", baseline).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scales\"")));
        mvc.perform(get("/evaluation/waves/{id}", baseline).with(as(TestUsers.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/evaluation/waves/{id}", baseline).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/waves/{id}", baseline).with(as(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/waves/{id}", 999_999).with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluation/waves/{id}/analysis", baseline)
                        .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evaluation").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("compare-form")));
        mvc.perform(get("/").with(as(TestUsers.RESEARCHER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/evaluation\"")));
        mvc.perform(get("/participants").with(as(TestUsers.RESEARCHER))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/{id}", world.programmeId()).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiGivesTheSameFiguresAndSuppressesSmallGroups() throws Exception {
        mvc.perform(get("/api/v1/evaluation/comparison").param("before", "" + baseline).param("after", "" + end)
                        .with(httpBasic(TestUsers.RESEARCHER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairable").value(true))
                .andExpect(jsonPath("$.scales[0].key").value("confidence"))
                .andExpect(jsonPath("$.scales[0].figures.n").value(9))
                .andExpect(jsonPath("$.groups[?(@.name == 'Gent')].suppressed").value(true))
                .andExpect(jsonPath("$.groups[?(@.name == 'Gent')].scales[0]").doesNotExist())
                .andExpect(jsonPath("$.groups[?(@.name == 'Rotterdam')].pairs").value(6));
        mvc.perform(get("/api/v1/evaluation/programmes/{id}/waves", world.programmeId())
                        .with(httpBasic(TestUsers.RESEARCHER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/evaluation/comparison").param("before", "abc").param("after", "" + end)
                        .with(httpBasic(TestUsers.RESEARCHER, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theWorkbookHoldsTheTableWithTheSuppressedGroupEmpty() throws Exception {
        byte[] xlsx = mvc.perform(get("/evaluation/compare.xlsx").param("before", "" + baseline)
                        .param("after", "" + end).param("lang", "en").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("Scale");
            assertThat(format.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Everybody");
            assertThat(format.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("Self-confidence");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(9);
            String last = format.formatCellValue(sheet.getRow(sheet.getLastRowNum()).getCell(0));
            assertThat(last).isEqualTo("Site: Gent");
            assertThat(format.formatCellValue(sheet.getRow(sheet.getLastRowNum()).getCell(1)))
                    .startsWith("Too few responses");
        }
    }
}
