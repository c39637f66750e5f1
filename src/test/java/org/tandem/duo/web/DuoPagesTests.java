package org.tandem.duo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.duo.DuoFixture;

/** The duo pages and API: who gets what, and refusals shown where they belong. */
@IntegrationTest
class DuoPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoFixture fixture;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** Issue 13, defect 5: until both said yes, the members know each other by first name only, in the API too. */
    @Test
    void membersOfAnUnconfirmedProposalSeeOnlyFirstNames_fullNamesOnceBothSaidYes() throws Exception {
        var world = fixture.proposed();
        mvc.perform(get("/api/v1/duos/{id}", world.duoId()).with(httpBasic(world.menteeEmail(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentor.firstName").value("Mila"))
                .andExpect(content().string(not(containsString("Mila Mentor"))));
        mvc.perform(get("/api/v1/me/duos").with(httpBasic(world.mentorEmail(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sami Mentee"))));
        mvc.perform(get("/me/duos").with(as(world.mentorEmail())))
                .andExpect(content().string(not(containsString("Sami Mentee"))));
        mvc.perform(get("/api/v1/duos/{id}", world.duoId()).with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(content().string(containsString("Mila Mentor")));
        fixture.confirm(world);
        mvc.perform(get("/api/v1/duos/{id}", world.duoId()).with(httpBasic(world.menteeEmail(), TestUsers.PASSWORD)))
                .andExpect(content().string(containsString("Mila Mentor")));
    }

    @Test
    void aMemberAnswersOnTheirPage_aStrangerGets404ByPageAndApi() throws Exception {
        var world = fixture.proposed();
        var stranger = fixture.proposed();
        mvc.perform(get("/duos/{id}", world.duoId()).param("lang", "en").with(as(world.menteeEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Do you want to form a duo with Mila?")))
                .andExpect(content().string(containsString("id=\"confirm-button\"")))
                .andExpect(content().string(not(containsString("Mila Mentor"))))
                .andExpect(content().string(not(containsString(world.mentorEmail()))));
        mvc.perform(get("/duos/{id}", world.duoId()).with(as(stranger.mentorEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/duos/{id}", world.duoId()).with(httpBasic(stranger.mentorEmail(),
                TestUsers.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/duos/{id}", world.duoId()).with(httpBasic(TestUsers.OTHER_COORDINATOR,
                TestUsers.PASSWORD))).andExpect(status().isNotFound());

        mvc.perform(post("/duos/{id}/decline", world.duoId()).with(as(world.menteeEmail())).with(csrf()))
                .andExpect(redirectedUrl("/duos/" + world.duoId() + "#decline"))
                .andExpect(flash().attribute("errorForm", "decline"))
                .andExpect(flash().attribute("errorField", "reason"));
        mvc.perform(post("/duos/{id}/confirm", world.duoId()).with(as(world.menteeEmail())).with(csrf()))
                .andExpect(flash().attribute("notice", "duo.step.done.confirm"));
        mvc.perform(post("/duos/{id}/confirm", world.duoId()).with(as(world.mentorEmail())).with(csrf()))
                .andExpect(flash().attribute("notice", "duo.step.done.confirm"));
        mvc.perform(get("/duos/{id}", world.duoId()).param("lang", "en").with(as(world.menteeEmail())))
                .andExpect(content().string(containsString("id=\"duo-state\">confirmed<")))
                .andExpect(content().string(containsString("mailto:" + world.mentorEmail())))
                .andExpect(content().string(not(containsString(world.menteeEmail() + "</a>"))));
        mvc.perform(get("/me/duos").param("lang", "en").with(as(world.menteeEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("my-duo-" + world.duoId())))
                .andExpect(content().string(not(containsString("my-duo-" + stranger.duoId()))));
    }

    @Test
    void theCoordinatorConfirmsOnBehalfThroughTheApi_andSeesTheCohortList() throws Exception {
        var world = fixture.proposed();
        mvc.perform(post("/api/v1/duos/{id}/confirm-on-behalf", world.duoId())
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"side\":\"MENTEE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentee.confirmedOnBehalf").value(true))
                .andExpect(jsonPath("$.state").value("PROPOSED"));
        mvc.perform(post("/api/v1/duos/{id}/confirm", world.duoId())
                        .with(httpBasic(world.mentorEmail(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED"));
        mvc.perform(post("/api/v1/duos/{id}/end-early", world.duoId())
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("note")));
        mvc.perform(get("/duos/cohorts/{c}", world.cohortId()).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("duo-" + world.duoId())))
                .andExpect(content().string(containsString("confirmed")));
        mvc.perform(get("/duos/{id}", world.duoId()).param("lang", "fr").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Arrêter avant terme")))
                .andExpect(content().string(containsString("id=\"end-on\"")))
                .andExpect(content().string(containsString("<select id=\"end-continues\" name=\"mentorContinues\"")));
    }
}
