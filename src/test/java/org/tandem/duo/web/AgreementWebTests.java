package org.tandem.duo.web;

import static org.hamcrest.Matchers.containsString;
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
import org.tandem.SessionCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.duo.MeetingService;

@IntegrationTest
class AgreementWebTests {

    private static final String SHARED = "Shared words about the CV";
    private static final String MENTOR_SECRET = "Mentor private thought 7731";
    private static final String MENTEE_SECRET = "Mentee private thought 4412";

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoFixture fixture;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    MeetingService meetings;

    private MockHttpServletRequestBuilder page(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(email))).with(csrf());
    }

    private static MockHttpServletRequestBuilder api(String email, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(email, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private String theme(DuoFixture.World world) {
        return accountService.callAs(world.mentorEmail(), () -> meetings.log(world.duoId())).themes().get(0);
    }

    /** A duo in which the mentor logged by page and the mentee by API, each with a private note. */
    private DuoFixture.World logged() throws Exception {
        var world = fixture.signedActive();
        String theme = theme(world);
        mvc.perform(page(world.mentorEmail(), post("/duos/{id}/meetings", world.duoId()))
                        .param("heldOn", LocalDate.now().toString()).param("minutes", "75").param("mode", "IN_PERSON")
                        .param("topics", theme).param("tags", "cv").param("sharedNotes", SHARED)
                        .param("privateNote", MENTOR_SECRET))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/duos/" + world.duoId() + "#meetings"))
                .andExpect(flash().attribute("notice", "duo.step.done.meeting"));
        mvc.perform(api(world.menteeEmail(), post("/api/v1/duos/{id}/meetings", world.duoId())).content("""
                {"heldOn":"%s","minutes":45,"mode":"ONLINE","topics":[],"tags":"interview",
                 "sharedNotes":"Mentee shared","privateNote":"%s"}""".formatted(LocalDate.now().minusDays(3),
                MENTEE_SECRET)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.totals.meetings").value(2))
                .andExpect(content().string(containsString(MENTEE_SECRET)))
                .andExpect(content().string(not(containsString(MENTOR_SECRET))));
        return world;
    }

    @Test
    void privateNotesNeverReachACoordinatorNorTheOtherMember() throws Exception {
        var world = logged();
        String theme = theme(world);
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/{id}", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meeting-log\"")))
                .andExpect(content().string(containsString(theme)))
                .andExpect(content().string(not(containsString(MENTOR_SECRET))))
                .andExpect(content().string(not(containsString(MENTEE_SECRET))))
                .andExpect(content().string(not(containsString(SHARED))))
                .andExpect(content().string(not(containsString("id=\"meeting-form\""))));
        mvc.perform(api(TestUsers.COORDINATOR, get("/api/v1/duos/{id}/meetings", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings.length()").value(2))
                .andExpect(jsonPath("$.meetings[0].minutes").value(75))
                .andExpect(jsonPath("$.meetings[0].topics[0]").value(theme))
                .andExpect(jsonPath("$.meetings[0].sharedNotes").doesNotExist())
                .andExpect(jsonPath("$.meetings[0].privateNote").doesNotExist())
                .andExpect(content().string(not(containsString(MENTOR_SECRET))))
                .andExpect(content().string(not(containsString(MENTEE_SECRET))))
                .andExpect(content().string(not(containsString(SHARED))));

        mvc.perform(page(world.menteeEmail(), get("/duos/{id}", world.duoId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SHARED)))
                .andExpect(content().string(containsString(MENTEE_SECRET)))
                .andExpect(content().string(not(containsString(MENTOR_SECRET))));
        mvc.perform(api(world.menteeEmail(), get("/api/v1/duos/{id}/meetings", world.duoId())))
                .andExpect(jsonPath("$.meetings[0].sharedNotes").value(SHARED))
                .andExpect(content().string(not(containsString(MENTOR_SECRET))));

        mvc.perform(page(world.mentorEmail(), get("/duos/{id}", world.duoId())))
                .andExpect(content().string(containsString(MENTOR_SECRET)))
                .andExpect(content().string(not(containsString(MENTEE_SECRET))))
                .andExpect(content().string(containsString("id=\"meeting-form\"")))
                .andExpect(content().string(not(containsString("??"))));
        for (String language : new String[] {"en", "fr"}) {
            mvc.perform(page(world.mentorEmail(), get("/duos/{id}", world.duoId())).header("Accept-Language", language))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(api(world.mentorEmail(), get("/api/v1/duos/{id}/meetings", world.duoId())))
                .andExpect(jsonPath("$.meetings[0].privateNote").value(MENTOR_SECRET))
                .andExpect(jsonPath("$.meetings[0].mine").value(true))
                .andExpect(content().string(not(containsString(MENTEE_SECRET))));
    }

    @Test
    void aMentorOfAnotherDuoFindsNeitherMeetingsNorAgreement() throws Exception {
        var world = logged();
        var other = fixture.signedActive();
        String stranger = other.mentorEmail();
        mvc.perform(page(stranger, get("/duos/{id}", world.duoId()))).andExpect(status().isNotFound());
        mvc.perform(api(stranger, get("/api/v1/duos/{id}/meetings", world.duoId()))).andExpect(status().isNotFound());
        mvc.perform(api(stranger, get("/api/v1/duos/{id}/agreements", world.duoId())))
                .andExpect(status().isNotFound());
        mvc.perform(api(stranger, post("/api/v1/duos/{id}/meetings", world.duoId()))
                .content("{\"heldOn\":\"%s\",\"minutes\":60,\"mode\":\"ONLINE\"}".formatted(LocalDate.now())))
                .andExpect(status().isNotFound());
        mvc.perform(api(stranger, post("/api/v1/duos/{id}/agreement/sign", world.duoId())).content("{\"version\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(api(stranger, put("/api/v1/duos/{id}/agreement", world.duoId())).content("""
                {"goals":"x","frequency":"WEEKLY","mode":"ONLINE","durationMonths":6,"confidentiality":true}"""))
                .andExpect(status().isNotFound());
        mvc.perform(page(stranger, post("/duos/{id}/meetings", world.duoId())).param("minutes", "60"))
                .andExpect(status().isNotFound());
    }

    @Test
    void bothMembersSignOnThePageAndTheDuoStartsButACoordinatorCannotSign() throws Exception {
        var world = fixture.confirmed();
        long id = world.duoId();
        mvc.perform(page(world.menteeEmail(), get("/duos/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agreement-form\"")))
                .andExpect(content().string(containsString("id=\"agreement-none\"")));
        mvc.perform(page(world.menteeEmail(), post("/duos/{id}/agreement", id)).param("goals", "Find work\nLearn Dutch")
                        .param("frequency", "FORTNIGHTLY").param("mode", "MIXED").param("durationMonths", "6")
                        .param("meetingPlace", "Café De Tuin").param("meetingTime", "Friday afternoon")
                        .param("confidentiality", "true"))
                .andExpect(redirectedUrl("/duos/" + id + "#agreement"))
                .andExpect(flash().attribute("notice", "duo.step.done.agreement"));
        mvc.perform(page(TestUsers.COORDINATOR, post("/duos/{id}/agreement/sign", id)).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(api(TestUsers.COORDINATOR, post("/api/v1/duos/{id}/agreement/sign", id)).content("{\"version\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(page(TestUsers.COORDINATOR, get("/duos/{id}", id)))
                .andExpect(content().string(containsString("Café De Tuin")))
                .andExpect(content().string(containsString("id=\"meeting-totals\"")))
                .andExpect(content().string(not(containsString("id=\"agreement-sign\""))));

        mvc.perform(page(world.mentorEmail(), get("/duos/{id}", id)))
                .andExpect(content().string(containsString("id=\"agreement-sign\"")));
        mvc.perform(page(world.mentorEmail(), post("/duos/{id}/agreement/sign", id)).param("version", "1"))
                .andExpect(flash().attribute("notice", "duo.step.done.agreementSign"));
        mvc.perform(page(world.mentorEmail(), get("/duos/{id}", id)))
                .andExpect(content().string(not(containsString("id=\"agreement-sign\""))));
        mvc.perform(api(world.menteeEmail(), get("/api/v1/duos/{id}", id)))
                .andExpect(jsonPath("$.state").value("CONFIRMED"));
        mvc.perform(api(world.menteeEmail(), post("/api/v1/duos/{id}/agreement/sign", id)).content("{\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].mentorSignature.by").value(world.mentorEmail()))
                .andExpect(jsonPath("$[0].menteeSignature.by").value(world.menteeEmail()));
        mvc.perform(api(world.menteeEmail(), get("/api/v1/duos/{id}", id)))
                .andExpect(jsonPath("$.state").value("ACTIVE"));

        // a change after signing: version 2, both sign again; version 1 is still there; signing it is refused
        mvc.perform(api(world.mentorEmail(), put("/api/v1/duos/{id}/agreement", id)).content("""
                {"goals":"Find work","frequency":"WEEKLY","mode":"ONLINE","durationMonths":9,"confidentiality":true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].mentorSignature").doesNotExist())
                .andExpect(jsonPath("$[1].goals[1]").value("Learn Dutch"));
        mvc.perform(api(world.menteeEmail(), post("/api/v1/duos/{id}/agreement/sign", id)).content("{\"version\":1}"))
                .andExpect(status().isConflict());
        mvc.perform(page(world.menteeEmail(), get("/duos/{id}", id)))
                .andExpect(content().string(containsString("id=\"agreement-earlier\"")))
                .andExpect(content().string(containsString("id=\"agreement-version-1\"")))
                .andExpect(content().string(containsString("id=\"agreement-sign\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void refusalsComeBackAtTheirField() throws Exception {
        var world = fixture.signedActive();
        long id = world.duoId();
        var result = mvc.perform(page(world.mentorEmail(), post("/duos/{id}/meetings", id))
                        .param("heldOn", LocalDate.now().plusDays(2).toString()).param("minutes", "60")
                        .param("mode", "ONLINE").param("sharedNotes", "kept as typed"))
                .andExpect(flash().attribute("errorForm", "meeting"))
                .andExpect(flash().attribute("errorField", "heldOn"))
                .andReturn();
        mvc.perform(page(world.mentorEmail(), get("/duos/{id}", id)).with(SessionCookie.of(result)))
                .andExpect(content().string(containsString("id=\"meeting-heldOn-error\"")))
                .andExpect(content().string(containsString("kept as typed")));
        mvc.perform(api(world.mentorEmail(), post("/api/v1/duos/{id}/meetings", id))
                        .content("{\"heldOn\":\"%s\",\"minutes\":3,\"mode\":\"ONLINE\"}".formatted(LocalDate.now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minutes"));

        var agreement = mvc.perform(page(world.menteeEmail(), post("/duos/{id}/agreement", id))
                        .param("goals", "x").param("frequency", "WEEKLY").param("mode", "ONLINE")
                        .param("durationMonths", "6"))
                .andExpect(flash().attribute("errorField", "confidentiality"))
                .andReturn();
        mvc.perform(page(world.menteeEmail(), get("/duos/{id}", id)).with(SessionCookie.of(agreement)))
                .andExpect(content().string(containsString("id=\"agreement-confidentiality-error\"")));
        mvc.perform(api(world.menteeEmail(), put("/api/v1/duos/{id}/agreement", id)).content("""
                {"goals":"","frequency":"WEEKLY","mode":"ONLINE","durationMonths":6,"confidentiality":true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals"));
    }
}
