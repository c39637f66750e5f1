package org.tandem.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/** The layout's navigation offers each role what it may reach, and nothing else. */
@IntegrationTest
class NavigationTests {

    private static final Pattern NAV_ID = Pattern.compile("id=\"(nav-[a-z-]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private List<String> navigation(String email) throws Exception {
        var page = mvc.perform(get("/me/activities").with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return NAV_ID.matcher(page).results().map(m -> m.group(1)).toList();
    }

    @Test
    void anAdminReachesTheAdministration() throws Exception {
        assertThat(navigation(TestUsers.ADMIN)).contains("nav-employers", "nav-matching", "nav-outbox",
                "nav-invitations", "nav-accounts", "nav-audit", "nav-events", "nav-evaluation", "nav-tokens")
                .doesNotContain("nav-my-duos", "nav-my-employer", "nav-workshops");
    }

    @Test
    void aCoordinatorManagesButDoesNotAdminister() throws Exception {
        assertThat(navigation(TestUsers.COORDINATOR)).contains("nav-employers", "nav-inbox", "nav-matching",
                "nav-outbox", "nav-evaluation", "nav-research", "nav-my-activities", "nav-security")
                .doesNotContain("nav-invitations", "nav-accounts", "nav-audit", "nav-my-duos", "nav-workshops");
    }

    @Test
    void aMentorSeesTheirOwnParticipation() throws Exception {
        assertThat(navigation(TestUsers.MENTOR)).contains("nav-my-duos", "nav-workshops", "nav-my-activities",
                "nav-tokens").doesNotContain("nav-employers", "nav-matching", "nav-evaluation", "nav-research",
                "nav-outbox", "nav-invitations");
    }

    @Test
    void aResearcherSeesEvaluationAndResearchOnly() throws Exception {
        assertThat(navigation(TestUsers.RESEARCHER)).contains("nav-evaluation", "nav-research")
                .doesNotContain("nav-employers", "nav-matching", "nav-my-duos", "nav-outbox", "nav-invitations");
    }
}
