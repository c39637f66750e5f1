package org.tandem.evaluation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.evaluation.QuestionnaireService;
import org.tandem.evaluation.SurveyFixture;

/** The survey pages and API: who reaches what (404 for everybody else), bad input at its field, the public link. */
@IntegrationTest
class SurveyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixture fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    QuestionnaireService questionnaires;

    SurveyFixture.World world;
    long questionnaireId;

    @BeforeEach
    void world() {
        testUsers.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
        questionnaireId = fixture.questionnaire(TestUsers.COORDINATOR, world);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static RequestPostProcessor api(String email) {
        return httpBasic(email, TestUsers.PASSWORD);
    }

    @Test
    void onlyTheProgrammesCoordinatorsAndAdminsReachTheSurveyPagesAndApi() throws Exception {
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, questionnaireId, false);
        var pages = List.of("/programmes/" + world.programmeId() + "/surveys",
                "/programmes/" + world.programmeId() + "/questionnaires/new",
                "/programmes/" + world.programmeId() + "/waves/new", "/questionnaires/" + questionnaireId + "/edit",
                "/questionnaires/" + questionnaireId + "/preview", "/waves/" + wave.id(),
                "/waves/" + wave.id() + "/monitor");
        for (String page : pages) {
            mvc.perform(get(page).with(as(TestUsers.COORDINATOR))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(TestUsers.ADMIN))).andExpect(status().isOk());
            for (String refused : List.of(TestUsers.OTHER_COORDINATOR, TestUsers.RESEARCHER, TestUsers.MENTOR)) {
                mvc.perform(get(page).with(as(refused))).andExpect(status().isNotFound());
            }
        }
        var apis = List.of("/api/v1/programmes/" + world.programmeId() + "/questionnaires",
                "/api/v1/questionnaires/" + questionnaireId, "/api/v1/survey-waves/" + wave.id(),
                "/api/v1/survey-waves/" + wave.id() + "/monitor", "/api/v1/survey-waves/" + wave.id() + "/invitations",
                "/api/v1/programmes/" + world.programmeId() + "/survey-waves");
        for (String path : apis) {
            mvc.perform(get(path).with(api(TestUsers.COORDINATOR))).andExpect(status().isOk());
            mvc.perform(get(path).with(api(TestUsers.OTHER_COORDINATOR))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(api(TestUsers.RESEARCHER))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(api(TestUsers.MENTOR))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/waves/{id}/close", wave.id()).with(as(TestUsers.RESEARCHER)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/survey-waves/{id}/reminders", wave.id()).with(api(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/survey-waves/{id}/monitor", wave.id()).with(api(TestUsers.COORDINATOR)))
                .andExpect(jsonPath("$.wave.invited").value(2))
                .andExpect(jsonPath("$.pending.length()").value(2))
                .andExpect(jsonPath("$.pending[0].name", containsString("Test Person")));
    }

    @Test
    void theEditorShowsEachProblemAtItsField_andItsActionsAddAndMoveQuestions() throws Exception {
        mvc.perform(post("/programmes/{id}/questionnaires", world.programmeId()).with(as(TestUsers.COORDINATOR))
                        .with(csrf()).param("lang", "en").param("name", "Check-in").param("origin", "PROGRAMME_MADE")
                        .param("titleNl", "Titel").param("titleEn", "Title")
                        .param("sections[0].key", "s1").param("sections[0].titleNl", "Deel")
                        .param("sections[0].titleEn", "Part").param("sections[0].titleFr", "Partie")
                        .param("sections[0].questions[0].key", "Bad Key").param("sections[0].questions[0].type", "OPEN_TEXT")
                        .param("sections[0].questions[0].textNl", "Vraag").param("sections[0].questions[0].textEn", "Q")
                        .param("sections[0].questions[0].textFr", "Q").param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("Missing text in: fr.")))
                .andExpect(content().string(containsString("id=\"sections0.questions0.key-error\"")))
                .andExpect(content().string(containsString("href=\"#sections0.questions0.key\"")));
        mvc.perform(post("/programmes/{id}/questionnaires", world.programmeId()).with(as(TestUsers.COORDINATOR))
                        .with(csrf()).param("lang", "en").param("name", "Check-in")
                        .param("sections[0].key", "s1").param("sections[0].questions[0].key", "first")
                        .param("sections[0].questions[0].type", "OPEN_TEXT").param("action", "addQuestion:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"first\"")))
                .andExpect(content().string(containsString("value=\"q1\"")));
    }

    @Test
    void aQuestionnaireIsSavedFromTheEditorAndExportedAndImported() throws Exception {
        var form = EditorForm.from(viewAsCoordinator());
        var request = post("/programmes/{id}/questionnaires", world.programmeId()).with(as(TestUsers.COORDINATOR))
                .with(csrf()).param("action", "save").param("name", "Copy").param("origin", "PROGRAMME_MADE")
                .param("titleNl", form.titleNl()).param("titleEn", form.titleEn()).param("titleFr", form.titleFr());
        for (int s = 0; s < form.sections().size(); s++) {
            var section = form.sections().get(s);
            String at = "sections[" + s + "].";
            request.param(at + "key", section.key()).param(at + "titleNl", section.titleNl())
                    .param(at + "titleEn", section.titleEn()).param(at + "titleFr", section.titleFr());
            for (int q = 0; q < section.questions().size(); q++) {
                var question = section.questions().get(q);
                String qAt = at + "questions[" + q + "].";
                request.param(qAt + "key", question.key()).param(qAt + "type", question.type().name())
                        .param(qAt + "textNl", question.textNl()).param(qAt + "textEn", question.textEn())
                        .param(qAt + "textFr", question.textFr()).param(qAt + "choices", question.choices())
                        .param(qAt + "required", String.valueOf(question.required()));
                if (question.min() != null) {
                    request.param(qAt + "min", question.min().toString()).param(qAt + "max", question.max().toString());
                }
            }
        }
        request.param("scales[0].key", "confidence").param("scales[0].nameNl", "Z").param("scales[0].nameEn", "S")
                .param("scales[0].nameFr", "C").param("scales[0].items", "c1, c2, c3")
                .param("scales[0].reversed", "c3").param("scales[0].minAnswered", "2");
        mvc.perform(request).andExpect(status().is3xxRedirection());

        byte[] xlsx = mvc.perform(get("/questionnaires/{id}/export", questionnaireId).param("format", "xlsx")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/programmes/{id}/questionnaires/import", world.programmeId())
                        .file(new MockMultipartFile("file", "instrument.xlsx", "application/octet-stream", xlsx))
                        .with(as(TestUsers.COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/programmes/{id}/questionnaires/import", world.programmeId())
                        .file(new MockMultipartFile("file", "broken.json", "application/json", "{\"name\":".getBytes()))
                        .with(as(TestUsers.COORDINATOR)).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-problems\"")))
                .andExpect(content().string(containsString("not readable JSON")));
        mvc.perform(get("/api/v1/programmes/{id}/questionnaires", world.programmeId()).with(api(TestUsers.COORDINATOR)))
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(post("/api/v1/programmes/{id}/questionnaires", world.programmeId()).with(api(TestUsers.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"definition\":{\"sections\":[]}}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Missing text in: nl, en, fr."));
    }

    @Autowired
    org.tandem.account.AccountService accounts;

    private org.tandem.evaluation.QuestionnaireView viewAsCoordinator() {
        return accounts.callAs(TestUsers.COORDINATOR, () -> questionnaires.get(questionnaireId));
    }

    @Test
    void aWaveIsPlannedOnThePage_withBadInputAtItsField() throws Exception {
        mvc.perform(post("/programmes/{id}/waves", world.programmeId()).with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("lang", "en").param("name", "End").param("cohortId", String.valueOf(world.cohortId()))
                        .param("questionnaireId", String.valueOf(questionnaireId)).param("role", "MENTOR")
                        .param("kind", "END").param("purpose", "RESEARCH").param("timing", "FIXED")
                        .param("opensOn", LocalDate.now().toString())
                        .param("closesOn", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"closesOn-error\"")))
                .andExpect(content().string(containsString("closing day on or after")));
        var result = mvc.perform(post("/programmes/{id}/waves", world.programmeId()).with(as(TestUsers.COORDINATOR))
                        .with(csrf()).param("name", "End").param("cohortId", String.valueOf(world.cohortId()))
                        .param("questionnaireId", String.valueOf(questionnaireId)).param("role", "MENTOR")
                        .param("kind", "END").param("purpose", "FEEDBACK").param("timing", "RELATIVE")
                        .param("anchor", "DUO_START").param("offsetDays", "0").param("openDays", "14"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/open").with(as(TestUsers.COORDINATOR)).with(csrf()))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(as(TestUsers.COORDINATOR)).param("lang", "en"))
                .andExpect(content().string(containsString("day(s) from the start of the person&#39;s duo")))
                .andExpect(content().string(containsString("id=\"wave-status\">Open")));
    }

    @Test
    void theRespondentsPageWorksWithoutAnAccount_andUnknownOrUsedLinksAreFriendly() throws Exception {
        fixture.openWave(TestUsers.COORDINATOR, world, questionnaireId, false);
        String token = fixture.links(TestUsers.COORDINATOR, world, "survey-invitation").get(0);
        mvc.perform(get("/survey/{t}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ervaring als mentor")))
                .andExpect(content().string(containsString("<legend")))
                .andExpect(content().string(containsString("for=\"q-hours\"")));
        mvc.perform(get("/survey/{t}", token).param("lang", "fr"))
                .andExpect(content().string(containsString("Expérience de mentor")));
        mvc.perform(post("/survey/{t}", token).with(csrf()).param("lang", "en").param("q.c1", "4")
                        .param("q.hours", "500").param("action", "submit"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#q-hours\"")))
                .andExpect(content().string(containsString("Give a number from 0 to 100.")))
                .andExpect(content().string(containsString("Please answer this question.")));
        mvc.perform(post("/survey/{t}", token).with(csrf()).param("q.c1", "4").param("action", "save"))
                .andExpect(redirectedUrl("/survey/" + token));
        mvc.perform(get("/survey/{t}", token))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"q-c1-4\" value=\"4\"\\s+checked.*")));
        mvc.perform(post("/survey/{t}", token).with(csrf()).param("q.c1", "4").param("q.c2", "4")
                        .param("q.c3", "2").param("action", "submit"))
                .andExpect(redirectedUrl("/survey/" + token + "/done"));
        mvc.perform(get("/survey/{t}", token).param("lang", "en"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("already submitted")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/survey/{t}", "A".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"survey-unavailable\"")));
        mvc.perform(get("/survey/{t}", "short")).andExpect(status().isNotFound());
    }
}
