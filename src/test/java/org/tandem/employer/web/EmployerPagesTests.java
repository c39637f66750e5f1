package org.tandem.employer.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.employer.EmployerMother;
import org.tandem.employer.EmployerService;
import org.tandem.employer.EmployerWorld;
import org.tandem.employer.PipelineStage;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantQueries;

@IntegrationTest
class EmployerPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EmployerWorld world;

    @Autowired
    AccountService accounts;

    @Autowired
    EmployerService employers;

    @Autowired
    ParticipantQueries participants;

    EmployerWorld.World w;

    @BeforeEach
    void world() {
        w = world.create();
    }

    private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(email)));
    }

    @Test
    void listsAndFiltersEmployersInPlaceWithHtmx() throws Exception {
        String name = accounts.callAs(TestUsers.COORDINATOR, () -> employers.get(w.employerId())).name();
        mvc.perform(as(TestUsers.COORDINATOR, get("/employers")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"employer-filters\"")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(as(TestUsers.COORDINATOR, get("/employers").header("HX-Request", "true")
                        .param("programmeId", String.valueOf(w.programmeId())).param("stage", "PROSPECT")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(containsString("Geen werkgevers gevonden.")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/employers").header("HX-Request", "true")
                        .param("q", name.substring(name.length() - 8)).param("stage", "ACTIVE").param("country", "NL")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/employers")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/employers/{id}", w.employerId())))
                .andExpect(status().isNotFound());
    }

    @Test
    void createsAnEmployerAndShowsEveryWrongFieldNextToIt() throws Exception {
        String name = EmployerMother.unique("Page Employer");
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers")).with(csrf())
                        .param("programmeId", String.valueOf(w.programmeId())).param("name", name)
                        .param("sector", "CARE").param("heavyProfession", "true").param("sizeBand", "LARGE")
                        .param("country", "BE").param("city", "Gent"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/employers/*"));
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers")).with(csrf())
                        .param("name", " ").param("sector", "CARE").param("sizeBand", "LARGE").param("country", "BE")
                        .param("city", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("employer/form"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "city", "programmeId"))
                .andExpect(content().string(containsString("id=\"programmeId-error\"")))
                .andExpect(content().string(containsString("Kies het programma waarvoor je deze werkgever werft.")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers")).with(csrf()).param("lang", "en")
                        .param("programmeId", String.valueOf(w.programmeId())).param("name", name.toUpperCase())
                        .param("sector", "CARE").param("sizeBand", "LARGE").param("country", "BE")
                        .param("city", "gent"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "employer.name.taken"))
                .andExpect(content().string(containsString("There already is an employer with this name in this city.")));
    }

    @Test
    void movesThePipelineAndWantsAReasonToDecline() throws Exception {
        long id = accounts.callAs(TestUsers.COORDINATOR,
                () -> employers.create(EmployerMother.details(), w.programmeId()));
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers/{id}/programmes/{p}/stage", id, w.programmeId()))
                        .with(csrf()).param("stage", "CONTACTED"))
                .andExpect(redirectedUrl("/employers/" + id + "#recruitment-" + w.programmeId()));
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers/{id}/programmes/{p}/stage", id, w.programmeId()))
                        .with(csrf()).param("stage", "DECLINED").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("employer/detail"))
                .andExpect(model().attributeHasFieldErrorCode("stageForm", "reason", "recruitment.decline.reason"))
                .andExpect(content().string(containsString("id=\"reason-" + w.programmeId() + "-error\"")))
                .andExpect(content().string(containsString("Geef een reden op waarom de werkgever afhaakt.")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers/{id}/programmes/{p}/stage", id, w.programmeId()))
                        .with(csrf()).param("stage", "ACTIVE"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Deze stap past niet bij de huidige fase")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/employers/{id}/programmes/{p}/pledge", id, w.programmeId()))
                        .with(csrf()).param("mentors", "-3").param("hoursPerMonth", "8"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("pledgeForm", "mentors"));
        mvc.perform(as(TestUsers.COORDINATOR, get("/employers/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Benaderd")))
                .andExpect(content().string(not(containsString("Exception"))));
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            employers.moveTo(id, w.programmeId(), PipelineStage.DECLINED, "no time");
            return null;
        });
    }

    @Test
    void anEmployerContactSeesTheirEmployerAndNominates() throws Exception {
        mvc.perform(as(w.contact(), get("/my-employer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een medewerker voordragen als mentor")))
                .andExpect(content().string(not(containsString("Otto"))));
        mvc.perform(as(w.contact(), post("/my-employer/mentors")).with(csrf())
                        .param("firstName", "").param("lastName", "Jansen").param("email", "not-an-email")
                        .param("birthYear", "1995").param("cohortId", String.valueOf(w.cohortId())))
                .andExpect(status().isOk())
                .andExpect(view().name("employer/mine"))
                .andExpect(model().attributeHasFieldErrors("form", "firstName", "email"))
                .andExpect(content().string(containsString("id=\"firstName-error\"")));
        mvc.perform(as(w.contact(), post("/my-employer/mentors")).with(csrf())
                        .param("firstName", "Ineke").param("lastName", "Jansen")
                        .param("email", EmployerMother.unique("ineke").replace(' ', '.') + "@example.org")
                        .param("birthYear", "1995").param("cohortId", String.valueOf(w.cohortId())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "birthYear", "nomination.birthYear.young"));
        mvc.perform(as(w.contact(), post("/my-employer/mentors")).with(csrf())
                        .param("firstName", "Ineke").param("lastName", "Jansen")
                        .param("email", EmployerMother.unique("ineke").replace(' ', '.') + "@example.org")
                        .param("birthYear", "1964").param("cohortId", String.valueOf(w.cohortId())))
                .andExpect(redirectedUrl("/my-employer#mentors"));
        var nominated = participants.mentorsOfEmployer(w.employerId());
        org.assertj.core.api.Assertions.assertThat(nominated).singleElement()
                .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.status()).isEqualTo(EnrolmentStatus.NOMINATED));
        mvc.perform(as(w.contact(), get("/my-employer")))
                .andExpect(content().string(containsString("Ineke Jansen")))
                .andExpect(content().string(containsString("Voorgedragen")));
        mvc.perform(as(w.contact(), get("/my-employer/mentors/{id}", nominated.get(0).enrolmentId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ineke Jansen")));
    }

    @Test
    void anotherEmployersDataIsNotFoundForAnEmployerContact() throws Exception {
        mvc.perform(as(w.contact(), get("/my-employer/mentors/{id}", w.otherEmployeesEnrolmentId())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Otto"))));
        mvc.perform(as(w.contact(), get("/employers/{id}", w.otherEmployerId())))
                .andExpect(status().isNotFound());
        mvc.perform(as(w.contact(), get("/employers/{id}", w.employerId())))
                .andExpect(redirectedUrl("/my-employer"));
        mvc.perform(as(w.contact(), get("/employers")))
                .andExpect(status().isForbidden());
        mvc.perform(as(TestUsers.COORDINATOR, get("/my-employer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void editAndPledgeFormsReadBeforeSomeoneElsesChangeAreRefusedWithAskToReload() throws Exception {
        var read = accounts.callAs(TestUsers.COORDINATOR, () -> employers.get(w.employerId()));
        mvc.perform(as(TestUsers.COORDINATOR, get("/employers/{id}/edit", w.employerId())))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + read.version() + "\"")));
        var details = read.details();
        for (String city : new String[] {"Delft", "Leiden"}) {
            var result = mvc.perform(as(TestUsers.COORDINATOR, post("/employers/{id}", w.employerId())).with(csrf())
                    .param("lang", "en").param("name", details.name()).param("sector", details.sector().name())
                    .param("sizeBand", details.sizeBand().name()).param("country", details.country().name())
                    .param("city", city).param("version", String.valueOf(read.version())));
            if (city.equals("Delft")) {
                result.andExpect(status().is3xxRedirection());
            } else {
                result.andExpect(status().isConflict())
                        .andExpect(content().string(containsString("Someone else changed this in the meantime.")));
            }
        }
        var recruitment = read.recruitments().get(0);
        mvc.perform(as(TestUsers.COORDINATOR, get("/employers/{id}", w.employerId())))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + recruitment.version())));
        String pledge = "/employers/" + w.employerId() + "/programmes/" + recruitment.programmeId() + "/pledge";
        mvc.perform(as(TestUsers.COORDINATOR, post(pledge)).with(csrf()).param("mentors", "7")
                        .param("hoursPerMonth", "20").param("version", String.valueOf(recruitment.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(TestUsers.COORDINATOR, post(pledge)).with(csrf()).param("mentors", "1")
                        .param("hoursPerMonth", "1").param("version", String.valueOf(recruitment.version())))
                .andExpect(status().isConflict());
        var after = accounts.callAs(TestUsers.COORDINATOR, () -> employers.get(w.employerId()));
        org.assertj.core.api.Assertions.assertThat(after.city()).isEqualTo("Delft");
        org.assertj.core.api.Assertions.assertThat(after.recruitments().get(0).pledgedMentors()).isEqualTo(7);
    }
}
