package org.tandem.reporting.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.DuoFixture;
import org.tandem.participant.ParticipantFixture;

/** The home page and the day's API: what each role gets at {@code /}, in which language, and who may ask. */
@IntegrationTest
@Import({ParticipantFixture.class, DuoFixture.class})
class HomePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoFixture duos;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    static final String CONTACT = "home-contact@test.tandem";

    DuoFixture.World world;

    @BeforeEach
    void world() {
        world = duos.proposed();
        duos.anotherDuo(world);
    }

    @Test
    void aCoordinatorsHomeIsTheirDayWithCountsAndLinks() throws Exception {
        mvc.perform(get("/").with(as(TestUsers.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn dag")))
                .andExpect(content().string(containsString("2 voorstellen wachten op antwoord")))
                .andExpect(content().string(containsString("href=\"/duos/cohorts/" + world.cohortId() + "\"")))
                .andExpect(content().string(containsString("href=\"/programmes\"")));
        mvc.perform(get("/").param("lang", "en").with(as(TestUsers.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 proposals waiting for an answer")));
        mvc.perform(get("/").param("lang", "fr").with(as(TestUsers.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 propositions en attente de réponse")));
    }

    @Test
    void anotherCoordinatorsDayDoesNotShowThisProgramme() throws Exception {
        mvc.perform(get("/").with(as(TestUsers.OTHER_COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn dag")))
                .andExpect(content().string(not(containsString("voorstellen wachten op antwoord"))));
    }

    @Test
    void otherRolesAreSentToTheirOwnHome() throws Exception {
        mvc.perform(get("/").with(as(TestUsers.MENTOR))).andExpect(redirectedUrl("/me"));
        mvc.perform(get("/").with(as(TestUsers.RESEARCHER))).andExpect(redirectedUrl("/evaluation"));
        if (accounts.findByEmail(CONTACT).isEmpty()) {
            accounts.create(new NewUser(CONTACT, "contact tester", TestUsers.PASSWORD, Set.of(Role.EMPLOYER_CONTACT)));
        }
        mvc.perform(get("/").with(as(CONTACT))).andExpect(redirectedUrl("/my-employer"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theApiGivesTheSameItemsToCoordinatorsOnly() throws Exception {
        mvc.perform(get("/api/v1/coordinator-day").param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmes").isNumber())
                .andExpect(jsonPath("$.items[?(@.kind == 'PROPOSALS_WAITING')].count").value(hasItem(2)))
                .andExpect(jsonPath("$.items[?(@.kind == 'PROPOSALS_WAITING')].text")
                        .value(hasItem("2 proposals waiting for an answer")))
                .andExpect(jsonPath("$.items[?(@.kind == 'PROPOSALS_WAITING')].link")
                        .value(hasItem("/duos/cohorts/" + world.cohortId())));
        mvc.perform(get("/api/v1/coordinator-day").with(as(TestUsers.MENTOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/coordinator-day").with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/coordinator-day")).andExpect(status().isUnauthorized());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
