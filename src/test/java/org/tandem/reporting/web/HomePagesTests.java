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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.DuoFixture;

/** The home page and the day's API: what each role gets at {@code /}, in which language, and who may ask. */
@IntegrationTest
class HomePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoFixture duos;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    org.tandem.programme.ProgrammeService programmes;

    @Autowired
    TestUsers testUsers;

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
    void aMentorsHomeGivesTheirDuosNextStepAndLinksToTheirParticipation() throws Exception {
        mvc.perform(get("/").with(as(world.mentorEmail()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn startpagina")))
                .andExpect(content().string(containsString("data-step=\"ANSWER_PROPOSAL\"")))
                .andExpect(content().string(containsString("Beantwoord het voorstel")))
                .andExpect(content().string(containsString("href=\"/duos/" + world.duoId() + "\"")))
                .andExpect(content().string(containsString("href=\"/me/activities\"")))
                .andExpect(content().string(containsString("href=\"/me\"")));
        mvc.perform(get("/").param("lang", "en").with(as(world.mentorEmail()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer the proposal")));
        mvc.perform(get("/").param("lang", "fr").with(as(world.mentorEmail()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Répondez à la proposition")));
        var active = duos.activate(duos.confirm(duos.proposed()));
        mvc.perform(get("/").with(as(active.menteeEmail()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-step=\"LOG_MEETING\"")))
                .andExpect(content().string(not(containsString("href=\"/duos/" + world.duoId() + "\""))));
    }

    @Test
    void aResearchersHomeListsTheProgrammesAssignedToThem() throws Exception {
        mvc.perform(get("/").with(as(TestUsers.RESEARCHER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn programma")))
                .andExpect(content().string(not(containsString("data-programme=\"" + world.programmeId() + "\""))));
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(world.programmeId(), testUsers.id(TestUsers.RESEARCHER));
            return null;
        });
        mvc.perform(get("/").with(as(TestUsers.RESEARCHER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-programme=\"" + world.programmeId() + "\"")))
                .andExpect(content().string(containsString("href=\"/evaluation\"")));
        mvc.perform(get("/api/v1/me/home").with(as(TestUsers.RESEARCHER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.participant").doesNotExist())
                .andExpect(jsonPath("$.programmes[*].programmeId").value(hasItem((int) world.programmeId())));
    }

    @Test
    void theHomeApiGivesAMentorTheirNextStepsAndNobodyElseTheirs() throws Exception {
        mvc.perform(get("/api/v1/me/home").with(as(world.mentorEmail()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.participant.duos[0].duoId").value(world.duoId()))
                .andExpect(jsonPath("$.participant.duos[0].step").value("ANSWER_PROPOSAL"))
                .andExpect(jsonPath("$.participant.activities").isArray())
                .andExpect(jsonPath("$.programmes").doesNotExist());
        mvc.perform(get("/api/v1/me/home").with(as(TestUsers.MENTOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.participant.duos[?(@.duoId == " + world.duoId() + ")]").isEmpty());
        mvc.perform(get("/api/v1/me/home").with(as(TestUsers.COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me/home")).andExpect(status().isUnauthorized());
    }

    @Test
    void anEmployerContactWhoSpeaksForNoEmployerIsSentToTheirEmployerPage() throws Exception {
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
