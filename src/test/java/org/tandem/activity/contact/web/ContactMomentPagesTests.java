package org.tandem.activity.contact.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.tandem.account.AccountService;
import org.tandem.activity.contact.ContactFixture;
import org.tandem.activity.contact.ContactMomentService;

/** The contact-moment pages and API: who reaches what, bad input at its field, recording through the pages. */
@IntegrationTest
class ContactMomentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactFixture fixture;

    @Autowired
    ContactMomentService contacts;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    ContactFixture.World world;

    long moment;

    @BeforeEach
    void world() {
        world = fixture.world();
        moment = accounts.callAs(world.contact(), () -> contacts.planMoment(ContactFixture.planning(world.mentor(), 0,
                LocalDate.now().plusDays(3).atTime(10, 0)))).id();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static RequestPostProcessor api(String email) {
        return httpBasic(email, TestUsers.PASSWORD);
    }

    @Test
    void eachSeesOnlyWhatIsTheirs_byPageAndApi() throws Exception {
        mvc.perform(get("/programmes/{id}/contact-moments", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-form\"")))
                .andExpect(content().string(containsString("Johan Released")))
                .andExpect(content().string(containsString("Otto Released")));
        mvc.perform(get("/programmes/{id}/contact-moments", world.programmeId()).with(as(TestUsers.OTHER_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/contact-moments", world.programmeId()).with(as(world.contact())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my-employer/contact-moments").param("lang", "en").with(as(world.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Johan Released")))
                .andExpect(content().string(not(containsString("Otto Released"))))
                .andExpect(content().string(not(containsString("Sami"))));
        mvc.perform(get("/contact-moments/{id}", moment).param("lang", "en").with(as(world.mentorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"read-only\"")))
                .andExpect(content().string(not(containsString("id=\"record-form\""))));
        mvc.perform(get("/my-contact-moments").param("lang", "en").with(as(world.mentorEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mentor-" + world.mentor() + "\"")));
        for (String stranger : new String[] {world.otherContact(), world.otherMentorEmail(),
                TestUsers.OTHER_COORDINATOR}) {
            mvc.perform(get("/contact-moments/{id}", moment).with(as(stranger)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Exception"))));
            mvc.perform(get("/api/v1/contact-moments/{id}", moment).with(api(stranger)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/contact-moments/{id}/cancel", moment).with(as(world.mentorEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/my-employer/contact-moments").with(api(world.contact())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].employers[0].mentors.length()").value(2));
        mvc.perform(get("/api/v1/my-contact-moments").with(api(world.mentorEmail())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].moments[0].id").value(moment));
        mvc.perform(get("/api/v1/programmes/{id}/contact-moments", world.programmeId())
                        .with(api(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employers.length()").value(2));
        mvc.perform(get("/api/v1/programmes/{id}/contact-plan", world.programmeId()).with(api(world.contact())))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsShownAtItsField() throws Exception {
        mvc.perform(post("/contact-moments/{id}/record", moment).param("lang", "en").with(as(world.contact()))
                        .with(csrf()).param("step", "0").param("heldOn", LocalDate.now().plusDays(1).toString())
                        .param("tookPart", "MENTOR").param("topics", "ROLE_IN_COMPANY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heldOn-error\"")))
                .andExpect(content().string(containsString("cannot have been held in the future")));
        mvc.perform(post("/contact-moments/{id}/record", moment).param("lang", "en").with(as(world.contact()))
                        .with(csrf()).param("step", "0").param("heldOn", LocalDate.now().toString())
                        .param("tookPart", "MENTOR"))
                .andExpect(content().string(containsString("id=\"topics-error\"")))
                .andExpect(content().string(containsString("Choose at least one topic.")));
        var start = LocalDate.now().plusDays(4).atTime(10, 0);
        mvc.perform(post("/contact-moments").param("lang", "en").with(as(world.contact())).with(csrf())
                        .param("mentorEnrolmentId", String.valueOf(world.mentor()))
                        .param("startsAt", start.toString()).param("endsAt", start.minusHours(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"endsAt-error\"")))
                .andExpect(content().string(containsString("The end must be after the start.")));
        mvc.perform(post("/contact-moments").param("lang", "en").with(as(world.contact())).with(csrf())
                        .param("mentorEnrolmentId", String.valueOf(world.otherMentor()))
                        .param("startsAt", start.toString()).param("endsAt", start.plusHours(1).toString()))
                .andExpect(content().string(containsString("id=\"mentorEnrolmentId-error\"")))
                .andExpect(content().string(containsString("not released by the employer")));
        mvc.perform(post("/contact-moments/held").param("lang", "en").with(as(world.contact())).with(csrf())
                        .param("mentorEnrolmentId", String.valueOf(world.mentor())).param("heldOn", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")));
        mvc.perform(post("/programmes/{id}/contact-moments/plan", world.programmeId()).param("lang", "en")
                        .with(as(TestUsers.COORDINATOR)).with(csrf())
                        .param("steps[0].name", "Start").param("steps[0].dueAfterDays", "30")
                        .param("steps[1].name", "Later").param("steps[1].dueAfterDays", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"steps[1].dueAfterDays-error\"")));
        mvc.perform(post("/api/v1/contact-moments/held").with(api(world.contact()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEnrolmentId\":" + world.mentor() + ",\"heldOn\":\"" + LocalDate.now()
                                + "\",\"tookPart\":[\"EMPLOYER_CONTACT\"],\"topics\":[\"ROLE_IN_COMPANY\"]}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("tookPart")));
    }

    @Test
    void anEmployerContactRecordsTheMomentThroughThePages_andTheCoordinatorSeesItHeld() throws Exception {
        mvc.perform(get("/contact-moments/{id}", moment).param("lang", "en").with(as(world.contact())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"record-form\"")));
        mvc.perform(post("/contact-moments/{id}/record", moment).with(as(world.contact())).with(csrf())
                        .param("step", "0").param("heldOn", LocalDate.now().toString())
                        .param("tookPart", "MENTOR", "EMPLOYER_CONTACT")
                        .param("topics", "ROLE_IN_COMPANY", "WHAT_EMPLOYER_SEES").param("note", "Goed gesprek"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my-employer/contact-moments"));
        mvc.perform(get("/api/v1/contact-moments/{id}", moment).with(api(TestUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("HELD"))
                .andExpect(jsonPath("$.note").value("Goed gesprek"));
        var start = LocalDateTime.now().plusDays(9).withSecond(0).withNano(0);
        mvc.perform(post("/api/v1/contact-moments").with(api(TestUsers.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorEnrolmentId\":" + world.otherMentor() + ",\"step\":1,\"startsAt\":\""
                                + start + "\",\"endsAt\":\"" + start.plusHours(1) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLANNED"));
        mvc.perform(put("/api/v1/programmes/{id}/contact-plan", world.programmeId())
                        .with(api(TestUsers.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"steps\":[{\"name\":\"Start\",\"dueAfterDays\":10},"
                                + "{\"name\":\"Mid\",\"dueAfterDays\":90},{\"name\":\"End\",\"dueAfterDays\":180}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true));
    }
}
