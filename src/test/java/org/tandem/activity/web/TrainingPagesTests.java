package org.tandem.activity.web;

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

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.activity.TrainingFixture;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;

/** The training pages and API: who reaches what, bad input at its field, attendance that trains a mentor. */
@IntegrationTest
class TrainingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingFixture fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ParticipantFixture participants;

    TrainingFixture.World world;

    @BeforeEach
    void world() {
        testUsers.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static RequestPostProcessor api(String email) {
        return httpBasic(email, TestUsers.PASSWORD);
    }

    @Test
    void onlyTheProgrammesCoordinatorsAndAdminsReachTheTraining() throws Exception {
        mvc.perform(get("/programmes/{id}/training", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Conversations")))
                .andExpect(content().string(containsString("id=\"new-session\"")));
        mvc.perform(get("/programmes/{id}/training", world.programmeId()).with(as(TestUsers.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/programmes/{id}/training", world.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/training/sessions/{id}", world.basicsSession()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/programmes/{id}/training", world.programmeId()).with(as(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes/{id}/training-path", world.programmeId())
                        .with(api(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training-sessions/{id}", world.basicsSession()).with(api(TestUsers.MENTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/training-sessions/{id}/attendance", world.basicsSession())
                        .with(api(TestUsers.OTHER_COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"present\":[]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badSessionInputIsShownAtItsField() throws Exception {
        mvc.perform(get("/programmes/{id}/training/sessions/new", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"moduleId\"")))
                // the shared when-and-where fields take their labels from the session's own messages
                .andExpect(content().string(containsString(">Online link</label>")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/training/sessions/{id}/edit", world.basicsSession()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Room 1\"")));
        mvc.perform(get("/training/sessions/{id}", world.basicsSession()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"present-count\"")));
        var start = LocalDateTime.now().plusDays(10).withSecond(0).withNano(0);
        mvc.perform(post("/programmes/{id}/training/sessions", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("moduleId", String.valueOf(world.basics()))
                        .param("startsAt", LocalDateTime.now().minusDays(1).withNano(0).toString())
                        .param("endsAt", start.toString()).param("place", "Room").param("capacity", "8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startsAt-error\"")))
                .andExpect(content().string(containsString("A session cannot start in the past.")));
        mvc.perform(post("/programmes/{id}/training/sessions", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("moduleId", String.valueOf(world.basics()))
                        .param("startsAt", start.toString()).param("endsAt", start.minusHours(1).toString())
                        .param("place", "Room").param("capacity", "8"))
                .andExpect(content().string(containsString("id=\"endsAt-error\"")))
                .andExpect(content().string(containsString("The end must be after the start.")));
        mvc.perform(post("/programmes/{id}/training/sessions", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("moduleId", String.valueOf(world.basics()))
                        .param("startsAt", start.toString()).param("endsAt", start.plusHours(1).toString())
                        .param("place", "Room").param("capacity", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")));
        mvc.perform(post("/api/v1/programmes/{id}/training-sessions", world.programmeId())
                        .with(api(TestUsers.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moduleId\":" + world.basics() + ",\"startsAt\":\"" + start
                                + "\",\"endsAt\":\"" + start.plusHours(2) + "\",\"place\":\"Room\",\"capacity\":0}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("capacity")));
        mvc.perform(post("/api/v1/programmes/{id}/training-sessions", world.programmeId())
                        .with(api(TestUsers.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moduleId\":" + world.basics() + ",\"startsAt\":\"" + start
                                + "\",\"endsAt\":\"" + start.plusHours(2) + "\",\"place\":\"Room\",\"capacity\":6}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.moduleName").value("Basics"));
    }

    @Test
    void theCapacityCannotGoBelowThoseAlreadyPresent() throws Exception {
        long a = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        long b = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        mvc.perform(post("/training/sessions/{id}/attendance", world.basicsSession()).with(as(TestUsers.COORDINATOR))
                        .with(csrf()).param("present", String.valueOf(a), String.valueOf(b)))
                .andExpect(redirectedUrl("/training/sessions/" + world.basicsSession() + "#attendance"))
                .andExpect(flash().attribute("notice", "training.attendance.saved"));
        var start = LocalDateTime.now().plusDays(7).withNano(0);
        mvc.perform(post("/training/sessions/{id}", world.basicsSession()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.plusHours(3).toString())
                        .param("place", "Room 1").param("capacity", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"capacity-error\"")))
                .andExpect(content().string(containsString("2 mentors were already present")));
    }

    @Test
    void attendanceThatCompletesThePathShowsTheMentorTrained_onTheParticipantPage() throws Exception {
        long mentor = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        mvc.perform(get("/participants/{id}", mentor).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("id=\"training-path\"")))
                .andExpect(content().string(containsString("0 of 3 required modules done")))
                .andExpect(content().string(containsString("missing")))
                .andExpect(content().string(not(containsString("id=\"to-TRAINED\""))));
        for (long session : new long[] {world.basicsSession(), world.conversationsSession()}) {
            mvc.perform(put("/api/v1/training-sessions/{id}/attendance", session).with(api(TestUsers.COORDINATOR))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"present\":[" + mentor + "]}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.present[0]").value(mentor));
        }
        mvc.perform(post("/api/v1/training-modules/{id}/completions", world.online()).with(api(TestUsers.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enrolmentId\":" + mentor + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trained").value(true));
        mvc.perform(get("/participants/{id}", mentor).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("3 of 3 required modules done")))
                .andExpect(content().string(containsString("id=\"enrolment-status\">Trained<")))
                .andExpect(content().string(containsString("id=\"to-READY_TO_MATCH\"")));
        mvc.perform(get("/api/v1/programmes/{id}/training-mentors", world.programmeId())
                        .with(api(TestUsers.COORDINATOR)))
                .andExpect(jsonPath("$[0].status").value("TRAINED"));
    }

    @Test
    void aPathIsDefinedOnItsPage_badRowsAreShownWhereTheyAre() throws Exception {
        var other = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        mvc.perform(get("/programmes/{id}/training", other.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("id=\"no-path\"")))
                .andExpect(content().string(not(containsString("id=\"new-session\""))));
        mvc.perform(post("/programmes/{id}/training", other.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("modules[0].name", "").param("modules[0].kind", "SESSION")
                        .param("modules[1].id", String.valueOf(world.basics()))
                        .param("modules[1].name", "Intro").param("modules[1].kind", "SESSION")
                        .param("modules[1].required", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"modules[1].name-error\"")))
                .andExpect(content().string(containsString("reload the page")));
        mvc.perform(post("/programmes/{id}/training", other.programmeId()).with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("modules[0].name", "Intro").param("modules[0].kind", "SESSION")
                        .param("modules[0].required", "true").param("modules[1].name", "")
                        .param("modules[1].kind", "SESSION"))
                .andExpect(redirectedUrl("/programmes/" + other.programmeId() + "/training"));
        mvc.perform(get("/api/v1/programmes/{id}/training-path", world.programmeId()).with(api(TestUsers.COORDINATOR)))
                .andExpect(jsonPath("$.modules.length()").value(4))
                .andExpect(jsonPath("$.threshold").value(3));
        mvc.perform(put("/api/v1/programmes/{id}/training-path", other.programmeId()).with(api(TestUsers.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requiredToTrain\":9,\"modules\":[{\"name\":\"A\",\"required\":true,"
                                + "\"kind\":\"SESSION\"}]}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("requiredToTrain")));
    }
}
