package org.tandem.activity.workshop.web;

import static org.hamcrest.Matchers.containsString;
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
import static org.tandem.activity.workshop.WorkshopFixture.inDays;

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
import org.tandem.activity.workshop.Audience;
import org.tandem.activity.workshop.WorkshopFixture;
import org.tandem.activity.workshop.WorkshopView;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;

/** The workshop pages and API: who reaches what, bad input at its field, registering, the waiting list, the door. */
@IntegrationTest
class WorkshopPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkshopFixture fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestUsers testUsers;

    ParticipantFixture.Setup setup;
    WorkshopView workshop;

    @BeforeEach
    void world() {
        testUsers.ensure();
        setup = fixture.programme();
        workshop = fixture.plan(setup, inDays(8), 1, Audience.MENTEES);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static RequestPostProcessor api(String email) {
        return httpBasic(email, TestUsers.PASSWORD);
    }

    @Test
    void onlyTheProgrammesCoordinatorsAndTheAudienceReachAWorkshop() throws Exception {
        var mentee = fixture.member(setup, ParticipantRole.MENTEE, "Mentee");
        var mentor = fixture.member(setup, ParticipantRole.MENTOR, "Mentor");
        mvc.perform(get("/programmes/{id}/workshops", setup.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Networking for newcomers")))
                .andExpect(content().string(containsString("0 of 1 places taken")))
                .andExpect(content().string(containsString("id=\"themes-form\"")));
        mvc.perform(get("/workshops/{id}", workshop.id()).with(as(TestUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"register-somebody\"")));
        mvc.perform(get("/programmes/{id}/workshops", setup.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workshops/{id}", workshop.id()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/workshops/{id}/door", workshop.id()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workshops/{id}", workshop.id()).with(as(mentor.email())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workshops/{id}", workshop.id()).with(as(TestUsers.RESEARCHER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workshops/{id}", workshop.id()).param("lang", "en").with(as(mentee.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"register\"")));
        mvc.perform(get("/workshops").param("lang", "en").with(as(mentor.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no workshops for you now.")));
        mvc.perform(get("/programmes/{id}/workshops", setup.programmeId()).with(as(mentee.email())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/workshops/{id}", workshop.id()).with(api(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workshops/{id}", workshop.id()).with(api(mentee.email())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/me/workshops/{id}/registration", workshop.id()).with(api(mentor.email())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/{id}/workshops", setup.programmeId()).with(api(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Networking for newcomers"));
    }

    @Test
    void badWorkshopInputIsShownAtItsField() throws Exception {
        String past = LocalDateTime.now().minusDays(1).withNano(0).withSecond(0).toString();
        String start = inDays(3).toString();
        mvc.perform(post("/programmes/{id}/workshops", setup.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("title", "Late").param("theme", "CV").param("audience", "BOTH")
                        .param("startsAt", past).param("endsAt", start).param("place", "Room")
                        .param("capacity", "5").param("cancelHoursBefore", "24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startsAt-error\"")))
                .andExpect(content().string(containsString("A workshop cannot start in the past.")));
        mvc.perform(post("/programmes/{id}/workshops", setup.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("title", "Backwards").param("theme", "CV").param("audience", "BOTH")
                        .param("startsAt", start).param("endsAt", inDays(2).toString()).param("place", "Room")
                        .param("capacity", "5").param("cancelHoursBefore", "24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end must be after the start.")));
        mvc.perform(post("/programmes/{id}/workshops", setup.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("title", "Fine").param("theme", "CV").param("audience", "BOTH")
                        .param("startsAt", start).param("endsAt", inDays(3).plusHours(2).toString())
                        .param("place", "Room").param("capacity", "5").param("cancelHoursBefore", "24"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "workshop.planned"));
        mvc.perform(post("/api/v1/programmes/{id}/workshops", setup.programmeId()).with(api(TestUsers.COORDINATOR))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"theme\":\"CV\",\"audience\":\"BOTH\",\"startsAt\":\"" + start
                                + "\",\"endsAt\":\"" + start + "\",\"place\":\"Room\",\"capacity\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"))
                .andExpect(jsonPath("$.errors[0].message").value("The end must be after the start."));
        // a capacity below those registered, through the API
        var mentee = fixture.member(setup, ParticipantRole.MENTEE, "Mentee");
        mvc.perform(post("/api/v1/me/workshops/{id}/registration", workshop.id()).with(api(mentee.email())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"));
        mvc.perform(put("/api/v1/workshops/{id}", workshop.id()).with(api(TestUsers.COORDINATOR))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"theme\":\"Networking\",\"audience\":\"MENTEES\",\"startsAt\":\""
                                + workshop.startsAt() + "\",\"endsAt\":\"" + workshop.endsAt()
                                + "\",\"place\":\"Room\",\"capacity\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));
    }

    @Test
    void aMenteeRegistersForAFullWorkshop_waits_andGetsThePlaceWhenTheOtherCancels() throws Exception {
        var first = fixture.member(setup, ParticipantRole.MENTEE, "First");
        var second = fixture.member(setup, ParticipantRole.MENTEE, "Second");
        mvc.perform(post("/workshops/{id}/register", workshop.id()).with(as(first.email())).with(csrf()))
                .andExpect(redirectedUrl("/workshops/" + workshop.id()))
                .andExpect(flash().attribute("notice", "workshop.registration.registered"));
        mvc.perform(post("/workshops/{id}/register", workshop.id()).with(as(second.email())).with(csrf()))
                .andExpect(flash().attribute("notice", "workshop.registration.waiting"));
        mvc.perform(get("/workshops/{id}", workshop.id()).param("lang", "en").with(as(second.email())))
                .andExpect(content().string(containsString("Waiting list: place 1")))
                .andExpect(content().string(containsString("Leave the waiting list")));
        mvc.perform(post("/api/v1/me/workshops/{id}/registration", workshop.id()).with(api(second.email()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Already on this workshop's waiting list."));
        mvc.perform(get("/workshops/{id}", workshop.id()).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("Sam Second")))
                .andExpect(content().string(containsString("Waiting list: place 1")));

        mvc.perform(delete("/api/v1/me/workshops/{id}/registration", workshop.id()).with(api(first.email())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").doesNotExist());
        mvc.perform(get("/api/v1/me/workshops/{id}", workshop.id()).with(api(second.email())))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.waitingPlace").doesNotExist());
        mvc.perform(get("/workshops").param("lang", "en").with(as(second.email())))
                .andExpect(content().string(containsString("Networking for newcomers")))
                .andExpect(content().string(containsString("registered")));
    }

    @Test
    void theCoordinatorRegistersSomebodyFoundByName_andTheDoorOpensOnTheDay() throws Exception {
        var mentee = fixture.member(setup, ParticipantRole.MENTEE, "Zwaluw");
        mvc.perform(get("/workshops/{id}", workshop.id()).param("q", "zwal").with(as(TestUsers.COORDINATOR)))
                .andExpect(content().string(containsString("Sam Zwaluw")));
        mvc.perform(post("/workshops/{id}/registrations", workshop.id()).param("enrolmentId",
                        String.valueOf(mentee.enrolmentId())).with(as(TestUsers.COORDINATOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "workshop.registration.registered.other"));
        mvc.perform(post("/workshops/{id}/registrations", workshop.id()).param("lang", "en").param("enrolmentId",
                        String.valueOf(mentee.enrolmentId())).with(as(TestUsers.COORDINATOR)).with(csrf()))
                .andExpect(flash().attribute("refusal", "Already registered for this workshop."));
        mvc.perform(get("/workshops/{id}/door", workshop.id()).param("lang", "en").with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Zwaluw")))
                .andExpect(content().string(containsString("0 of 1 present")));
        String registrations = mvc.perform(get("/api/v1/workshops/{id}/registrations", workshop.id())
                .with(api(TestUsers.COORDINATOR))).andReturn().getResponse().getContentAsString();
        String id = registrations.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        mvc.perform(put("/api/v1/workshops/{id}/registrations/{r}/attendance", workshop.id(), id)
                        .with(api(TestUsers.COORDINATOR)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"present\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Attendance can be taken from the day of the workshop on."));
        mvc.perform(post("/workshops/{id}/cancel", workshop.id()).with(as(TestUsers.COORDINATOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "workshop.cancelled.done"));
        mvc.perform(get("/workshops/{id}", workshop.id()).param("lang", "fr").with(as(mentee.email())))
                .andExpect(content().string(containsString("Cet atelier est annulé.")));
    }
}
