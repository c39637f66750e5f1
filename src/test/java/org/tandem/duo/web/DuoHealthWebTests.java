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
import org.tandem.programme.ProgrammeService;

@IntegrationTest
class DuoHealthWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoFixture fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(email))).header("Accept-Language", "en");
    }

    private static MockHttpServletRequestBuilder api(String email, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(email, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en");
    }

    private long stage(DuoFixture.World world, String name) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> {
            programmes.addStage(world.programmeId(), name, "");
            return programmes.get(world.programmeId()).stages().stream().filter(s -> s.name().equals(name))
                    .findFirst().orElseThrow().id();
        });
    }

    @Test
    void theDuoPageShowsTheStageLineAndTheHealthSectionToCoordinatorsAndMembers() throws Exception {
        var world = fixture.active();
        long first = stage(world, "Getting to know each other");
        stage(world, "CV");
        mvc.perform(as(world.mentorEmail(), post("/duos/{id}/stages", world.duoId())).with(csrf())
                        .param("stageId", String.valueOf(first)).param("reachedOn", LocalDate.now().toString())
                        .param("skipped", "true"))
                .andExpect(redirectedUrl("/duos/" + world.duoId() + "#stages"))
                .andExpect(flash().attribute("errorForm", "stage"))
                .andExpect(flash().attribute("errorField", "skipReason"));
        mvc.perform(as(world.mentorEmail(), post("/duos/{id}/stages", world.duoId())).with(csrf())
                        .param("stageId", String.valueOf(first)).param("reachedOn", LocalDate.now().toString())
                        .param("note", "a good start"))
                .andExpect(flash().attribute("notice", "duo.step.done.stage"));
        mvc.perform(as(world.menteeEmail(), get("/duos/{id}", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stage-line\"")))
                .andExpect(content().string(containsString("data-status=\"REACHED\"")))
                .andExpect(content().string(containsString("data-status=\"NEXT\"")))
                .andExpect(content().string(containsString("a good start")))
                .andExpect(content().string(containsString("id=\"todo-none\"")))
                .andExpect(content().string(not(containsString("id=\"follow-ups\""))));
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"health-ok\"")))
                .andExpect(content().string(containsString("1 of 2 stages")));
    }

    @Test
    void aCoordinatorFollowsASignalUpFromTheAtRiskPageAndMembersSeeWhatToDo() throws Exception {
        var world = fixture.active();
        jdbc.update("update duo set activated_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))), world.duoId());
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duo-" + world.duoId() + "\"")))
                .andExpect(content().string(containsString("No meeting logged for 30 days")))
                .andExpect(content().string(containsString("href=\"/duos/cohorts/" + world.cohortId()
                        + "/at-risk?followUp=" + world.duoId() + "#duo-" + world.duoId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"followUp-" + world.duoId() + "\""))));
        // the duo's follow-up form, opened from its link
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())
                        .param("followUp", String.valueOf(world.duoId()))))
                .andExpect(content().string(containsString("id=\"followUp-" + world.duoId() + "\"")))
                .andExpect(content().string(containsString("<option value=\"NO_MEETING\">no meeting</option>")));
        mvc.perform(as(world.menteeEmail(), get("/duos/{id}", world.duoId())))
                .andExpect(content().string(containsString("No meeting logged for 30 days: meet and log your meeting.")));
        var refused = mvc.perform(as(TestUsers.COORDINATOR, post("/duos/{id}/follow-ups", world.duoId())).with(csrf())
                        .param("signal", "NO_MEETING").param("kind", "NOTE").param("cohortId",
                                String.valueOf(world.cohortId())))
                .andExpect(redirectedUrl("/duos/cohorts/" + world.cohortId() + "/at-risk?followUp=" + world.duoId()
                        + "#duo-" + world.duoId()))
                .andExpect(flash().attribute("errorField", "note"))
                .andReturn();
        // the flash reaches the page the redirect named, query included (as a browser follows it)
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk?followUp={d}", world.cohortId(),
                        world.duoId())).with(org.tandem.SessionCookie.of(refused)))
                .andExpect(content().string(containsString("id=\"followUp-" + world.duoId() + "-error\"")))
                .andExpect(content().string(containsString("Write the note.")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/duos/{id}/follow-ups", world.duoId())).with(csrf())
                        .param("signal", "NO_MEETING").param("kind", "CALL").param("note", "they meet on Friday")
                        .param("cohortId", String.valueOf(world.cohortId())))
                .andExpect(redirectedUrl("/duos/cohorts/" + world.cohortId() + "/at-risk#duo-" + world.duoId()))
                .andExpect(flash().attribute("notice", "duo.step.done.followUp"));
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(content().string(containsString("id=\"at-risk-none\"")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())))
                .andExpect(content().string(containsString("they meet on Friday")))
                .andExpect(content().string(containsString("id=\"health-ok\"")));
    }

    @Test
    void theAtRiskPageShowsTheFiftyMostUrgentAndLinksToAll() throws Exception {
        var world = fixture.active();
        var started = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30)));
        jdbc.update("update duo set activated_at = ? where id = ?", started, world.duoId());
        for (int i = 0; i < 55; i++) {
            jdbc.update("""
                    insert into duo (id, version, mentor_enrolment_id, mentee_enrolment_id, cohort_id, programme_id,
                                     matching_run_id, state, proposed_at, mentor_capacity, activated_at)
                    values (?, 0, ?, ?, ?, ?, ?, 'ACTIVE', ?, 1, ?)""", 1_900_000_000L + world.duoId() * 100 + i,
                    world.mentorEnrolmentId(), world.menteeEnrolmentId(), world.cohortId(), world.programmeId(),
                    1_000_000L + i, started, started);
        }
        var page = mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The 50 most urgent of 56 shown")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.split("class=\"card mb-2 at-risk-duo\"", -1)).hasSize(51);
        var all = mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())
                        .param("all", "true")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(all.split("class=\"card mb-2 at-risk-duo\"", -1)).hasSize(57);
        org.assertj.core.api.Assertions.assertThat(all).doesNotContain("id=\"at-risk-more\"");
    }

    @Test
    void theAtRiskPageIsLinkedFromTheCohortAndClosedToOtherCoordinators() throws Exception {
        var world = fixture.proposed();
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}", world.cohortId())))
                .andExpect(content().string(containsString("/duos/cohorts/" + world.cohortId() + "/at-risk")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"at-risk-none\"")));
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/duos/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(status().isNotFound());
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, get("/api/v1/cohorts/{c}/at-risk", world.cohortId())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStagesAndHealthApiAnswerTheDuoOnlyAndRefuseAtTheField() throws Exception {
        var world = fixture.active();
        long first = stage(world, "One");
        mvc.perform(api(world.menteeEmail(), post("/api/v1/duos/{id}/stages", world.duoId()))
                        .content("{\"stageId\":%d,\"reachedOn\":\"%s\",\"skipped\":true}".formatted(first,
                                LocalDate.now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("skipReason")));
        mvc.perform(api(world.menteeEmail(), post("/api/v1/duos/{id}/stages", world.duoId()))
                        .content("{\"stageId\":%d,\"reachedOn\":\"%s\",\"skipped\":true,\"skipReason\":\"done\"}"
                                .formatted(first, LocalDate.now())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].status").value("SKIPPED"));
        mvc.perform(api(world.mentorEmail(), get("/api/v1/duos/{id}/health", world.duoId())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.coordinator").value(false));
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, get("/api/v1/duos/{id}/stages", world.duoId())))
                .andExpect(status().isNotFound());
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, get("/api/v1/duos/{id}/health", world.duoId())))
                .andExpect(status().isNotFound());
        var other = fixture.active();
        mvc.perform(api(other.mentorEmail(), get("/api/v1/duos/{id}/stages", world.duoId())))
                .andExpect(status().isNotFound());
        mvc.perform(api(TestUsers.COORDINATOR, post("/api/v1/duos/{id}/follow-ups", world.duoId()))
                        .content("{\"signal\":\"NO_MEETING\",\"kind\":\"CALL\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theSettingsPageShowsARefusalAtItsFieldAndSaves() throws Exception {
        var world = fixture.proposed();
        mvc.perform(as(TestUsers.COORDINATOR, get("/programmes/{id}", world.programmeId())))
                .andExpect(content().string(containsString("/programmes/" + world.programmeId() + "/duo-settings")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/programmes/{id}/duo-settings", world.programmeId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"21\"")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/programmes/{id}/duo-settings", world.programmeId())).with(csrf())
                        .param("confirmationHours", "48").param("noMeetingDays", "0").param("agreementDays", "14")
                        .param("belowFrequencyPercent", "50").param("endingSoonDays", "14")
                        .param("themes", "CV\nNetwork").param("codeOfConduct", "Be kind."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"noMeetingDays-error\"")))
                .andExpect(content().string(containsString("Enter a whole number from 1 to 365")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/programmes/{id}/duo-settings", world.programmeId())).with(csrf())
                        .param("confirmationHours", "48").param("noMeetingDays", "10").param("agreementDays", "14")
                        .param("belowFrequencyPercent", "50").param("endingSoonDays", "14")
                        .param("themes", "CV\nNetwork").param("codeOfConduct", "Be kind."))
                .andExpect(redirectedUrl("/programmes/" + world.programmeId() + "/duo-settings"));
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/programmes/{id}/duo-settings", world.programmeId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noMeetingDays").value(10))
                .andExpect(jsonPath("$.themes.length()").value(2));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/programmes/{id}/duo-settings", world.programmeId()))
                        .content("{\"confirmationHours\":24,\"noMeetingDays\":21,\"agreementDays\":14,"
                                + "\"belowFrequencyPercent\":101,\"endingSoonDays\":14,\"themes\":\"A\","
                                + "\"codeOfConduct\":\"Be kind.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("belowFrequencyPercent")));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1/programmes/{id}/duo-settings", world.programmeId()))
                        .content("{\"confirmationHours\":24,\"noMeetingDays\":28,\"agreementDays\":14,"
                                + "\"belowFrequencyPercent\":60,\"endingSoonDays\":14,\"themes\":\"A\","
                                + "\"codeOfConduct\":\"Be kind.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.noMeetingDays").value(28));
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/programmes/{id}/duo-settings", world.programmeId())))
                .andExpect(status().isNotFound());
        mvc.perform(api(TestUsers.OTHER_COORDINATOR, get("/api/v1/programmes/{id}/duo-settings",
                world.programmeId()))).andExpect(status().isNotFound());
    }

    @Test
    void settingsChangedSinceTheFormWasReadAreNotOverwritten() throws Exception {
        var world = fixture.proposed();
        String settings = "/programmes/" + world.programmeId() + "/duo-settings";
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1" + settings))
                        .content("{\"confirmationHours\":24,\"noMeetingDays\":21,\"agreementDays\":14,"
                                + "\"belowFrequencyPercent\":60,\"endingSoonDays\":14,\"themes\":\"A\","
                                + "\"codeOfConduct\":\"Be kind.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(as(TestUsers.COORDINATOR, get(settings)))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1" + settings))
                        .content("{\"confirmationHours\":24,\"noMeetingDays\":30,\"agreementDays\":14,"
                                + "\"belowFrequencyPercent\":60,\"endingSoonDays\":14,\"themes\":\"A\","
                                + "\"codeOfConduct\":\"Be kind.\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(TestUsers.COORDINATOR, post(settings)).with(csrf()).param("lang", "en")
                        .param("confirmationHours", "48").param("noMeetingDays", "10").param("agreementDays", "14")
                        .param("belowFrequencyPercent", "50").param("endingSoonDays", "14")
                        .param("themes", "CV").param("codeOfConduct", "Be kind.").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this in the meantime. Reload")));
        mvc.perform(api(TestUsers.COORDINATOR, put("/api/v1" + settings))
                        .content("{\"confirmationHours\":24,\"noMeetingDays\":5,\"agreementDays\":14,"
                                + "\"belowFrequencyPercent\":60,\"endingSoonDays\":14,\"themes\":\"A\","
                                + "\"codeOfConduct\":\"Be kind.\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1" + settings)))
                .andExpect(jsonPath("$.noMeetingDays").value(30));
    }
}
