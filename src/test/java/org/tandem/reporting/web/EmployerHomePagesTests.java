package org.tandem.reporting.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.activity.contact.ContactFixture;

/**
 * The employer contact's home by page and API: their own employees only, each with where they stand, never a mentee,
 * no results for fewer than five consenting employees, and nobody else reaches it.
 */
@IntegrationTest
class EmployerHomePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactFixture fixture;

    @Autowired
    UserDetailsService users;

    ContactFixture.World world;

    @BeforeEach
    void world() {
        world = fixture.world();
    }

    @Test
    void theHomeShowsTheirOwnEmployeesWhereTheyStandAndNoMentee() throws Exception {
        mvc.perform(get("/").with(as(world.contact()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Onze medewerkers bij")))
                .andExpect(content().string(containsString("Johan Released")))
                .andExpect(content().string(containsString("Gerrit Released")))
                .andExpect(content().string(containsString("data-group=\"ACTIVE\"")))
                .andExpect(content().string(containsString("data-group=\"TRAINED\"")))
                .andExpect(content().string(not(containsString("Otto"))))
                .andExpect(content().string(not(containsString("Sami"))))
                .andExpect(content().string(containsString("data-state=\"TOO_FEW_CONSENTING\"")))
                .andExpect(content().string(containsString("gaven toestemming om hun voortgang te delen")));
        mvc.perform(get("/").param("lang", "en").with(as(world.contact()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Our employees at")))
                .andExpect(content().string(containsString("No employees consented to share their progress")));
        mvc.perform(get("/").param("lang", "fr").with(as(world.contact()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nos salariés chez")));
    }

    @Test
    void anotherEmployersContactSeesOnlyTheirOwnAndCannotReachOurs() throws Exception {
        mvc.perform(get("/").with(as(world.otherContact()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Otto Released")))
                .andExpect(content().string(not(containsString("Johan"))));
        mvc.perform(get("/my-employer/mentors/{id}", world.mentor()).with(as(world.otherContact())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/my-employer/mentors/{id}", world.mentor()).with(as(world.otherContact())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesTheSameToEmployerContactsOnly() throws Exception {
        mvc.perform(get("/api/v1/my-employer/progress").with(as(world.contact()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.employerId").value(world.employerId()))
                .andExpect(jsonPath("$.employees", hasSize(2)))
                .andExpect(jsonPath("$.employees[*].group").value(hasItem("ACTIVE")))
                .andExpect(jsonPath("$.employees[*].group").value(hasItem("TRAINED")))
                .andExpect(jsonPath("$.contacts[0].programmeId").value(world.programmeId()))
                .andExpect(jsonPath("$.results[0].state").value("TOO_FEW_CONSENTING"))
                .andExpect(jsonPath("$.results[0].comparison").doesNotExist());
        mvc.perform(get("/api/v1/my-employer/progress").with(as(world.mentorEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/my-employer/progress").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/my-employer/progress")).andExpect(status().isUnauthorized());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
