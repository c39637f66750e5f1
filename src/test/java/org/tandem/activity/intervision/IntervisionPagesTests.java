package org.tandem.activity.intervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.SessionCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/** The intervision pages and API: who reaches what, bad input at its field, attendance and the record. */
@IntegrationTest
class IntervisionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntervisionFixture fixture;

    @Autowired
    IntervisionService intervision;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    IntervisionFixture.World world;
    long held;
    long next;

    @BeforeEach
    void world() {
        testUsers.ensure();
        world = fixture.world();
        var start = LocalDateTime.now().plusDays(3).withSecond(0).withNano(0);
        var sessions = fixture.asCoordinator(() -> intervision.planSessions(world.groupId(),
                new SessionPlan(start, start.plusHours(2), "Wijkcentrum De Ster", null, 2, 2, null)));
        held = sessions.get(0).id();
        next = sessions.get(1).id();
        fixture.heldDaysAgo(held, 2);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static RequestPostProcessor api(String email) {
        return httpBasic(email, TestUsers.PASSWORD);
    }

    @Test
    void coordinatorsSeeAll_theFacilitatorTheirGroup_aMemberTheirOwnView_anyoneElseNothing() throws Exception {
        mvc.perform(get("/programmes/{id}/intervision", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Groep Rotterdam")))
                .andExpect(content().string(containsString("3 members")))
                .andExpect(content().string(containsString("Mila Mentor")));
        mvc.perform(get("/intervision/groups/{id}", world.groupId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"size-advice\"")))
                .andExpect(content().string(containsString("record attendance")));
        mvc.perform(get("/intervision/groups/{id}", world.groupId()).with(as(world.facilitatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"add-member\""))));
        mvc.perform(get("/intervision/groups/{id}", world.groupId()).with(as(world.mentorEmail())))
                .andExpect(redirectedUrl("/me/intervision#group-" + world.groupId()));
        mvc.perform(get("/me/intervision").param("lang", "en").with(as(world.mentorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Groep Rotterdam")))
                .andExpect(content().string(containsString("Wijkcentrum De Ster")))
                .andExpect(content().string(not(containsString("Mila Mentor"))));
        mvc.perform(get("/me/intervision").param("lang", "en").with(as(TestUsers.MENTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are not in an intervision group")));
        for (String path : new String[] {"/intervision/groups/{id}"}) {
            mvc.perform(get(path, world.groupId()).with(as(TestUsers.MENTOR))).andExpect(status().isNotFound());
            mvc.perform(get(path, world.groupId()).with(as(TestUsers.OTHER_COORDINATOR)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Exception"))));
        }
        mvc.perform(get("/intervision/sessions/{id}", held).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/intervision", world.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/intervision", world.programmeId()).with(as(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());

        // the API: the same rules; a member gets their own view, without last names or others' attendance
        mvc.perform(get("/api/v1/programmes/{id}/intervision-groups", world.programmeId())
                        .with(api(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].members", hasSize(3)))
                .andExpect(jsonPath("$[0].next.id").value(next));
        mvc.perform(get("/api/v1/intervision-groups/{id}", world.groupId()).with(api(world.mentorEmail())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members", hasSize(3)))
                .andExpect(jsonPath("$.past[0].attended").doesNotExist())
                .andExpect(content().string(not(containsString("Mentor\""))))
                .andExpect(content().string(not(containsString("attendance"))));
        mvc.perform(get("/api/v1/me/intervision-groups").with(api(world.mentorEmail())))
                .andExpect(jsonPath("$[0].next.id").value(next));
        mvc.perform(get("/api/v1/intervision-groups/{id}", world.groupId()).with(api(world.facilitatorEmail())))
                .andExpect(jsonPath("$.viewer").value("FACILITATOR"));
        mvc.perform(get("/api/v1/intervision-groups/{id}", world.groupId()).with(api(TestUsers.MENTOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intervision-sessions/{id}", held).with(api(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/intervision-sessions/{id}/attendance", held).with(api(TestUsers.MENTOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"present\":[]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/intervision-groups/{id}/members", world.groupId())
                        .with(api(TestUsers.OTHER_COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enrolmentId\":" + world.loose() + "}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsShownAtItsField() throws Exception {
        var start = LocalDateTime.now().plusDays(10).withSecond(0).withNano(0);
        mvc.perform(post("/intervision/groups/{id}/sessions", world.groupId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("startsAt", LocalDateTime.now().minusDays(1).withNano(0).toString())
                        .param("endsAt", start.toString()).param("place", "Room").param("times", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startsAt-error\"")))
                .andExpect(content().string(containsString("A session cannot start in the past.")));
        mvc.perform(post("/intervision/groups/{id}/sessions", world.groupId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.minusHours(1).toString())
                        .param("place", "Room").param("times", "1"))
                .andExpect(content().string(containsString("id=\"endsAt-error\"")))
                .andExpect(content().string(containsString("The end must be after the start.")));
        mvc.perform(post("/intervision/groups/{id}/sessions", world.groupId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.plusHours(1).toString())
                        .param("place", "Room").param("times", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")));
        mvc.perform(post("/programmes/{id}/intervision/groups", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("name", "Groep 2").param("facilitatorName", "Olga")
                        .param("facilitatorEmail", "olga"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"facilitatorEmail-error\"")));

        // a mentor of another group, a mentee: refused where the member is chosen
        long other = fixture.asCoordinator(() -> intervision.createGroup(world.programmeId(),
                new GroupDetails("Groep 2", null, null, "Olga", "olga@example.org", null)).id());
        var refused = mvc.perform(post("/intervision/groups/{id}/members", other).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("enrolmentId", String.valueOf(world.second())))
                .andExpect(flash().attribute("memberError", "intervision.member.otherGroup")).andReturn();
        mvc.perform(get("/intervision/groups/{id}", other).param("lang", "en").with(as(TestUsers.COORDINATOR))
                        .with(SessionCookie.of(refused)))
                .andExpect(content().string(containsString(
                        "This mentor is already in another group (Groep Rotterdam)")));
        mvc.perform(post("/api/v1/intervision-groups/{id}/members", other).with(api(TestUsers.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enrolmentId\":" + world.mentee() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enrolmentId"));
        mvc.perform(post("/api/v1/intervision-groups/{id}/sessions", world.groupId())
                        .with(api(TestUsers.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.minusHours(1)
                                + "\",\"place\":\"Room\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"));
        // the record's rule is on the form; a mentee's name is refused at the note
        mvc.perform(get("/intervision/sessions/{id}", held).param("lang", "en").with(as(world.facilitatorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No names of mentees and no private details")));
        mvc.perform(post("/intervision/sessions/{id}/record", held).param("lang", "en")
                        .with(as(world.facilitatorEmail())).with(csrf())
                        .param("themes", "JOB_SEARCH").param("note", "Sami heeft een gesprek gehad."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-error\"")))
                .andExpect(content().string(containsString("leave names of mentees out")));
    }

    @Test
    void theFacilitatorTakesAttendanceAndKeepsTheRecord_theCoordinatorCallsOffTheNextSession() throws Exception {
        mvc.perform(post("/intervision/sessions/{id}/attendance", held).with(as(world.facilitatorEmail()))
                        .with(csrf()).param("present", String.valueOf(world.mentor()))
                        .param("present", String.valueOf(world.third())))
                .andExpect(redirectedUrl("/intervision/sessions/" + held + "#attendance"))
                .andExpect(flash().attribute("notice", "intervision.attendance.saved"));
        mvc.perform(post("/intervision/sessions/{id}/record", held).with(as(world.facilitatorEmail())).with(csrf())
                        .param("themes", "JOB_SEARCH").param("themes", "BOUNDARIES")
                        .param("note", "Over grenzen en netwerken."))
                .andExpect(redirectedUrl("/intervision/sessions/" + held + "#record"));
        mvc.perform(get("/intervision/sessions/{id}", held).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("2 of 3 present")))
                .andExpect(content().string(containsString("Over grenzen en netwerken.")));
        mvc.perform(get("/me/intervision").param("lang", "en").with(as(world.mentorEmail())))
                .andExpect(content().string(containsString("present")))
                .andExpect(content().string(containsString("Looking for work")))
                .andExpect(content().string(not(containsString("Over grenzen en netwerken."))));
        mvc.perform(post("/intervision/sessions/{id}/cancel", next).with(as(world.facilitatorEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/intervision/sessions/{id}/cancel", next).with(as(TestUsers.COORDINATOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "intervision.session.cancelledNotice"));
        mvc.perform(delete("/api/v1/intervision-groups/{id}/members/{e}", world.groupId(), world.third())
                        .with(api(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members", hasSize(2)));
    }
}
