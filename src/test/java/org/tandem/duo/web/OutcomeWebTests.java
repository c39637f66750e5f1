package org.tandem.duo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.duo.DuoService;

@IntegrationTest
class OutcomeWebTests {

    static final String JOB_WITHOUT_HOURS = """
            {"kind":"JOB","sector":"ICT","contractType":"PERMANENT"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TestUsers users;

    @Autowired
    DuoFixture fixture;

    @Autowired
    DuoService duos;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    DuoFixture.World world;

    @BeforeEach
    void closedDuo() {
        users.ensure();
        world = fixture.active();
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            duos.complete(world.duoId(), LocalDate.now(), null);
            return null;
        });
    }

    private MockHttpServletRequestBuilder page(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(email)));
    }

    private static MockHttpServletRequestBuilder api(String email, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(email, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en");
    }

    @Test
    void theCoordinatorRecordsAnOutcomeOnTheDuoPageAndMembersSeeNoneOfIt() throws Exception {
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"outcomes\"")))
                .andExpect(content().string(containsString("id=\"outcome-AT_END\"")))
                .andExpect(content().string(containsString("id=\"mentorContinues\"")));

        mvc.perform(page(TestUsers.COORDINATOR, post("/duos/{id}/outcomes/AT_END", world.duoId())).with(csrf())
                        .param("kind", "JOB").param("sector", "ICT").param("hoursPerWeek", "")
                        .param("contractType", "PERMANENT"))
                .andExpect(redirectedUrl("/duos/" + world.duoId() + "#outcome-AT_END"))
                .andExpect(flash().attribute("errorForm", "outcome-AT_END"))
                .andExpect(flash().attribute("errorField", "hoursPerWeek"));

        mvc.perform(page(TestUsers.COORDINATOR, post("/duos/{id}/outcomes/AT_END", world.duoId())).with(csrf())
                        .param("kind", "JOB").param("sector", "ICT").param("hoursPerWeek", "24")
                        .param("contractType", "PERMANENT").param("note", "warehouse planner"))
                .andExpect(redirectedUrl("/duos/" + world.duoId() + "#outcome-AT_END"))
                .andExpect(flash().attribute("notice", "duo.step.done.outcome"));
        mvc.perform(page(TestUsers.COORDINATOR, post("/duos/{id}/mentor-continues", world.duoId())).with(csrf())
                        .param("mentorContinues", "true"))
                .andExpect(flash().attribute("notice", "duo.step.done.mentorContinues"));
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())).param("lang", "en"))
                .andExpect(content().string(containsString("warehouse planner")))
                .andExpect(content().string(containsString("positive exit")));

        for (String member : new String[] {world.mentorEmail(), world.menteeEmail()}) {
            mvc.perform(page(member, get("/duos/{id}", world.duoId())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("id=\"outcomes\""))))
                    .andExpect(content().string(not(containsString("warehouse planner"))));
            mvc.perform(page(member, post("/duos/{id}/outcomes/AT_END", world.duoId())).with(csrf())
                            .param("kind", "STILL_SEARCHING"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theFollowUpsPageIsLinkedFromTheCohortsDuosAndHiddenFromOtherCoordinators() throws Exception {
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/cohorts/{c}", world.cohortId())))
                .andExpect(content().string(containsString("/duos/cohorts/" + world.cohortId() + "/outcomes")));
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/outcomes", world.cohortId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-follow-ups\"")));
        jdbc.update("update duo set ended_on = ? where id = ?", java.sql.Date.valueOf(LocalDate.now().minusDays(130)),
                world.duoId());
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/outcomes", world.cohortId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"follow-up-" + world.duoId() + "\"")))
                .andExpect(content().string(containsString("badge text-bg-danger overdue")))
                .andExpect(content().string(containsString("/duos/" + world.duoId() + "#moment-MONTHS_3")));
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())))
                .andExpect(content().string(containsString("id=\"outcome-MONTHS_3\"")))
                .andExpect(content().string(not(containsString("id=\"outcome-MONTHS_12\""))));
        mvc.perform(page(TestUsers.OTHER_COORDINATOR, get("/duos/cohorts/{c}/outcomes", world.cohortId())))
                .andExpect(status().isNotFound());
        mvc.perform(page(world.mentorEmail(), get("/duos/cohorts/{c}/outcomes", world.cohortId())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiRecordsAndReadsOutcomesWithRefusalsAtTheField() throws Exception {
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                        .content(JOB_WITHOUT_HOURS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hoursPerWeek"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the hours per week."));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                        .content("{\"kind\":\"TEACHER_TRAINING\",\"educationSector\":\"PO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/outcomes/MONTHS_3", world.duoId()))
                        .content("{\"kind\":\"STILL_SEARCHING\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(
                        "This follow-up can be recorded from [A-Z][a-z]+ \\d{1,2}, \\d{4}\\.")));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                        .content("{\"kind\":\"JOB\",\"sector\":\"ICT\",\"hoursPerWeek\":32,\"contractType\":\"PERMANENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moments[0].moment").value("AT_END"))
                .andExpect(jsonPath("$.moments[0].recorded.kind").value("JOB"))
                .andExpect(jsonPath("$.moments[0].recorded.hoursPerWeek").value(32))
                .andExpect(jsonPath("$.moments[1].open").value(false));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/mentor-continues", world.duoId()))
                        .content("{\"mentorContinues\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentorContinues").value(false));
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/duos/{id}/outcomes", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moments[0].recorded.contractType").value("PERMANENT"));
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/duos/follow-ups")).param("cohortId",
                        String.valueOf(world.cohortId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherCoordinatorGets404AndMembersGet403FromTheApi() throws Exception {
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, get("/api/v1/duos/{id}/outcomes", world.duoId())))
                .andExpect(status().isNotFound());
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                        .content("{\"kind\":\"STILL_SEARCHING\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, get("/api/v1/duos/follow-ups")).param("cohortId",
                        String.valueOf(world.cohortId())))
                .andExpect(status().isNotFound());
        for (String member : new String[] {world.mentorEmail(), world.menteeEmail()}) {
            mvc.perform(api(member, get("/api/v1/duos/{id}/outcomes", world.duoId())))
                    .andExpect(status().isForbidden());
            mvc.perform(api(member, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                            .content("{\"kind\":\"STILL_SEARCHING\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(api(member, put("/api/v1/duos/{id}/mentor-continues", world.duoId()))
                            .content("{\"mentorContinues\":true}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/duos/{id}/outcomes", world.duoId())))
                .andExpect(jsonPath("$.moments[*].recorded", not(hasItem(org.hamcrest.Matchers.notNullValue()))));
    }

    @Test
    void aCorrectionFromAFormReadBeforeAnotherCorrectionIsRefusedWithAskToReload() throws Exception {
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                        .content("{\"kind\":\"STILL_SEARCHING\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moments[0].recorded.version").value(0));
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(page(TestUsers.COORDINATOR, post("/duos/{id}/outcomes/AT_END", world.duoId())).with(csrf())
                        .param("kind", "VOLUNTEERING").param("version", "0"))
                .andExpect(redirectedUrl("/duos/" + world.duoId() + "#outcome-AT_END"));
        mvc.perform(page(TestUsers.COORDINATOR, post("/duos/{id}/outcomes/AT_END", world.duoId())).with(csrf())
                        .param("kind", "OTHER").param("note", "stale").param("version", "0").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this in the meantime. Reload")));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/duos/{id}/outcomes/AT_END", world.duoId()))
                        .content("{\"kind\":\"OTHER\",\"note\":\"stale\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(containsString("Reload")));
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/duos/{id}/outcomes", world.duoId())))
                .andExpect(jsonPath("$.moments[0].recorded.kind").value("VOLUNTEERING"))
                .andExpect(jsonPath("$.moments[0].recorded.version").value(1));
    }
}
