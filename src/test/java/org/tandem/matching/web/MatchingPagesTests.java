package org.tandem.matching.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.SessionCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.matching.MatchingFixture;
import org.tandem.participant.Availability;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.Profile;
import org.tandem.participant.Sector;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Language;

@IntegrationTest
class MatchingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture programmes;

    @Autowired
    MatchingFixture people;

    @BeforeEach
    void users() {
        users.ensure();
    }

    @Autowired
    UserDetailsService accounts;

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(user)));
    }

    private MockHttpServletRequestBuilder coordinator(MockHttpServletRequestBuilder request) {
        return as(TestUsers.COORDINATOR, request);
    }

    private static Profile french() {
        return new Profile(Map.of(Language.FR, LanguageLevel.B2), Set.of(Sector.CARE), null,
                Availability.of(Set.of("MON_MORNING", "TUE_MORNING", "WED_MORNING")), MeetingMode.BOTH,
                Set.of("music"), DigitalSkills.GOOD, 12, null, null, null, null);
    }

    private ParticipantFixture.Setup cohort(int mentors, int mentees) {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        for (int i = 0; i < mentors; i++) {
            people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1, setup.siteId(), french());
        }
        for (int i = 0; i < mentees; i++) {
            people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(), french());
        }
        return setup;
    }

    @Test
    void theCoordinatorRunsReviewsAndPublishesByPage() throws Exception {
        var setup = cohort(2, 3);
        mvc.perform(coordinator(get("/matching"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/matching/cohorts/" + setup.cohortId())));
        var location = mvc.perform(coordinator(post("/matching/cohorts/{id}/runs", setup.cohortId()).with(csrf())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(coordinator(get("/matching/runs/{id}", runId)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("both speak FR (B1+)")))
                .andExpect(content().string(containsString("availability overlaps on 3 half-days")))
                .andExpect(content().string(containsString("2 matched")))
                .andExpect(content().string(containsString("Unmatched mentees")))
                .andExpect(content().string(containsString("No single relaxation would match them")));
        mvc.perform(coordinator(get("/matching/cohorts/{id}", setup.cohortId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/matching/runs/" + runId)));

        String json = mvc.perform(coordinator(get("/api/v1/matching/runs/{id}", runId))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> mentors = JsonPath.read(json, "$.pairs[*].mentor.enrolmentId");
        List<Integer> mentees = JsonPath.read(json, "$.pairs[*].mentee.enrolmentId");
        mvc.perform(coordinator(post("/matching/runs/{id}/lock", runId).with(csrf())
                .param("mentorId", mentors.get(0).toString()).param("menteeId", mentees.get(0).toString())))
                .andExpect(redirectedUrl("/matching/runs/" + runId));
        mvc.perform(coordinator(post("/matching/runs/{id}/exclude", runId).with(csrf())
                .param("mentorId", mentors.get(1).toString()).param("menteeId", mentees.get(1).toString())))
                .andExpect(redirectedUrl("/matching/runs/" + runId));
        var rerun = mvc.perform(coordinator(post("/matching/runs/{id}/rerun", runId).with(csrf())))
                .andExpect(redirectedUrlPattern("/matching/runs/*")).andReturn().getResponse().getRedirectedUrl();
        long second = Long.parseLong(rerun.substring(rerun.lastIndexOf('/') + 1));
        mvc.perform(coordinator(get("/matching/runs/{id}/compare", second).param("with", String.valueOf(runId))))
                .andExpect(status().isOk());
        mvc.perform(coordinator(post("/matching/runs/{id}/publish", second).with(csrf())))
                .andExpect(redirectedUrl("/duos/cohorts/" + setup.cohortId()));
        mvc.perform(coordinator(get("/duos/cohorts/{id}", setup.cohortId())).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("proposed")));
        mvc.perform(coordinator(get("/api/v1/duos").param("cohortId", String.valueOf(setup.cohortId()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].state").value("PROPOSED"));
        // publishing twice creates nothing twice
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/publish", second).with(csrf())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0));
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/locks", second).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mentorId\":" + mentors.get(0) + ",\"menteeId\":" + mentees.get(0) + "}")))
                .andExpect(status().isConflict());
    }

    @Test
    void theApiRunsMatchingAndAddsManualPairsWithAnOverride() throws Exception {
        var setup = cohort(1, 2);
        String json = mvc.perform(coordinator(post("/api/v1/matching/cohorts/{id}/runs", setup.cohortId())
                .with(csrf()))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.summary.matched").value(1))
                .andExpect(jsonPath("$.pairs[0].reasons[0].key").exists())
                .andReturn().getResponse().getContentAsString();
        int runId = JsonPath.read(json, "$.summary.id");
        int mentor = JsonPath.read(json, "$.pairs[0].mentor.enrolmentId");
        int mentee = JsonPath.read(json, "$.pairs[0].mentee.enrolmentId");
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/exclusions", runId).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mentorId\":" + mentor + ",\"menteeId\":" + mentee + "}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.matched").value(0));
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/manual-pairs", runId).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"mentorId\":" + mentor + ",\"menteeId\":" + mentee + "}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("breaks a hard rule (EXCLUDED)")));
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/manual-pairs", runId).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mentorId\":" + mentor + ",\"menteeId\":" + mentee + ",\"overrideReason\":\"They asked\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs[?(@.origin == 'MANUAL')].overrideReason").value("They asked"));
        mvc.perform(coordinator(get("/api/v1/matching/cohorts/{id}/runs", setup.cohortId())))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(coordinator(get("/api/v1/matching/enrolments/{id}/suggestions", mentee)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.partners", hasSize(1)));
    }

    private static Profile speaking(Language language) {
        return new Profile(Map.of(language, LanguageLevel.NATIVE), Set.of(Sector.CARE), null,
                Availability.of(Set.of("MON_MORNING")), MeetingMode.BOTH, Set.of("music"), DigitalSkills.GOOD, 12,
                null, null, null, null);
    }

    /** A run of two pairs, Dutch speakers and French speakers: swapping their partners breaks SHARED_LANGUAGE. */
    record TwoLanguages(long runId, long dutchMentor, long dutchMentee, long frenchMentor, long frenchMentee) {
    }

    private TwoLanguages twoLanguages() throws Exception {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long nlMentor = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1,
                setup.siteId(), speaking(Language.NL));
        long frMentor = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1,
                setup.siteId(), speaking(Language.FR));
        long nlMentee = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1,
                setup.siteId(), speaking(Language.NL));
        long frMentee = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1,
                setup.siteId(), speaking(Language.FR));
        String json = mvc.perform(coordinator(post("/api/v1/matching/cohorts/{id}/runs", setup.cohortId())
                .with(csrf()))).andExpect(status().isCreated()).andExpect(jsonPath("$.summary.matched").value(2))
                .andReturn().getResponse().getContentAsString();
        int runId = JsonPath.read(json, "$.summary.id");
        return new TwoLanguages(runId, nlMentor, nlMentee, frMentor, frMentee);
    }

    @Test
    void theReviewPageSwapsPartnersAndShowsARefusalAtTheForm() throws Exception {
        var t = twoLanguages();
        mvc.perform(coordinator(get("/matching/runs/{id}", t.runId())).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Swap partners")))
                .andExpect(content().string(containsString("name=\"otherMenteeId\"")));
        for (var language : List.of("en", "nl", "fr")) {
            var refused = mvc.perform(coordinator(post("/matching/runs/{id}/swap", t.runId()).with(csrf())
                    .param("menteeId", String.valueOf(t.dutchMentee()))
                    .param("otherMenteeId", String.valueOf(t.frenchMentee()))))
                    .andExpect(redirectedUrl("/matching/runs/" + t.runId() + "#swap"))
                    .andExpect(flash().attribute("swapError", "matching.swap.overrideRequired"))
                    .andReturn();
            mvc.perform(coordinator(get("/matching/runs/{id}", t.runId())).header("Accept-Language", language)
                    .with(SessionCookie.of(refused))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(switch (language) {
                        case "en" -> "This swap breaks a hard rule (SHARED_LANGUAGE); give a reason to swap anyway.";
                        case "nl" -> "Deze ruil breekt een harde regel (SHARED_LANGUAGE)";
                        default -> "indiquez une raison pour l&#39;effectuer quand même";
                    })))
                    .andExpect(content().string(containsString("id=\"swap-error\"")));
        }
        // nothing changed
        mvc.perform(coordinator(get("/api/v1/matching/runs/{id}", t.runId())))
                .andExpect(jsonPath("$.summary.locks").value(0))
                .andExpect(jsonPath("$.pairs[?(@.mentee.enrolmentId == " + t.dutchMentee() + ")].mentor.enrolmentId")
                        .value((int) t.dutchMentor()));

        mvc.perform(coordinator(post("/matching/runs/{id}/swap", t.runId()).with(csrf())
                .param("menteeId", String.valueOf(t.dutchMentee()))
                .param("otherMenteeId", String.valueOf(t.frenchMentee())).param("overrideReason", "They met already")))
                .andExpect(redirectedUrl("/matching/runs/" + t.runId() + "#swap"))
                .andExpect(flash().attribute("notice", "matching.swap.done"));
        mvc.perform(coordinator(get("/api/v1/matching/runs/{id}", t.runId())))
                .andExpect(jsonPath("$.summary.locks").value(2))
                .andExpect(jsonPath("$.pairs[?(@.mentee.enrolmentId == " + t.dutchMentee() + ")].mentor.enrolmentId")
                        .value((int) t.frenchMentor()))
                .andExpect(jsonPath("$.pairs[?(@.mentee.enrolmentId == " + t.frenchMentee() + ")].mentor.enrolmentId")
                        .value((int) t.dutchMentor()))
                .andExpect(jsonPath("$.pairs[*].overrideReason", everyItem(is("They met already"))));
        mvc.perform(coordinator(get("/matching/runs/{id}", t.runId())).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Despite a hard rule: They met already")));
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, post("/matching/runs/{id}/swap", t.runId()).with(csrf())
                .param("menteeId", String.valueOf(t.dutchMentee()))
                .param("otherMenteeId", String.valueOf(t.frenchMentee())).param("overrideReason", "x")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiSwapsPartnersWithAnOverrideAndHidesTheRunFromOthers() throws Exception {
        var t = twoLanguages();
        String body = "{\"menteeId\":" + t.dutchMentee() + ",\"otherMenteeId\":" + t.frenchMentee() + "}";
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, post("/api/v1/matching/runs/{id}/swaps", t.runId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))).andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.MENTOR, post("/api/v1/matching/runs/{id}/swaps", t.runId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))).andExpect(status().isForbidden());
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/swaps", t.runId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(body)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("breaks a hard rule (SHARED_LANGUAGE)")));
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/swaps", t.runId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"menteeId\":" + t.dutchMentee() + "}"))).andExpect(status().isBadRequest());
        mvc.perform(coordinator(post("/api/v1/matching/runs/{id}/swaps", t.runId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("}", ",\"overrideReason\":\"They asked\"}"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.locks").value(2))
                .andExpect(jsonPath("$.pairs", hasSize(2)))
                .andExpect(jsonPath("$.pairs[?(@.mentee.enrolmentId == " + t.dutchMentee() + ")].mentor.enrolmentId")
                        .value((int) t.frenchMentor()))
                .andExpect(jsonPath("$.pairs[*].origin", everyItem(is("MANUAL"))))
                .andExpect(jsonPath("$.pairs[*].locked", everyItem(is(true))))
                .andExpect(jsonPath("$.pairs[*].overrideReason", everyItem(is("They asked"))));
    }

    @Test
    void theProfileIsEditedByPageAndApi() throws Exception {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.CAREER_SWITCH);
        mvc.perform(coordinator(get("/matching/programmes/{id}/profile", setup.programmeId())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("weight.EDUCATION_SECTOR")));
        var form = post("/matching/programmes/{id}/profile", setup.programmeId()).with(csrf())
                .param("minimumLanguageLevel", "B2");
        for (var c : org.tandem.matching.Criterion.values()) {
            form.param("mode." + c, "WEIGHTED").param("weight." + c, "7");
        }
        mvc.perform(coordinator(form)).andExpect(status().is3xxRedirection());
        mvc.perform(coordinator(get("/api/v1/matching/programmes/{id}/profile", setup.programmeId())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minimumLanguageLevel").value("B2"))
                .andExpect(jsonPath("$.settings[0].weight").value(7));
        mvc.perform(coordinator(put("/api/v1/matching/programmes/{id}/profile", setup.programmeId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"settings\":[{\"criterion\":\"SECTOR\",\"mode\":\"WEIGHTED\",\"weight\":5}]}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.settings[?(@.criterion == 'SECTOR')].weight").value(5));
        // the page's form carries the version it was read at; after another change it is refused
        mvc.perform(coordinator(get("/matching/programmes/{id}/profile", setup.programmeId())))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(coordinator(form.param("version", "0").param("lang", "en")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this in the meantime. Reload")));
        mvc.perform(coordinator(put("/api/v1/matching/programmes/{id}/profile", setup.programmeId()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"settings\":[{\"criterion\":\"SECTOR\",\"mode\":\"WEIGHTED\",\"weight\":5}],"
                        + "\"version\":0}")))
                .andExpect(status().isConflict());
    }

    @Test
    void othersSeeNothing() throws Exception {
        var setup = cohort(1, 1);
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/matching/cohorts/{id}", setup.cohortId())))
                .andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, post("/api/v1/matching/cohorts/{id}/runs", setup.cohortId())
                .with(csrf()))).andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.MENTOR, get("/matching"))).andExpect(status().isForbidden());
        mvc.perform(as(TestUsers.MENTOR, get("/api/v1/duos").param("cohortId", String.valueOf(setup.cohortId()))))
                .andExpect(status().isForbidden());
        mvc.perform(coordinator(get("/matching"))).andExpect(content().string(not(containsString("Exception"))));
    }
}
