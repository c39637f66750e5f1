package org.tandem.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.duo.StageEntry;
import org.tandem.duo.StageProgressService;
import org.tandem.participant.Application;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;

/** Sites and stages still in use stay; the refusal names what uses them, on the page and in the API. */
@IntegrationTest
class ProgrammePartUsageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    StageProgressService progress;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    DuoFixture duos;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(TestUsers.COORDINATOR))).with(csrf());
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD));
    }

    private void applyAt(ParticipantFixture.Setup setup) {
        enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE,
                setup.siteId(), ParticipantMother.personData(2001), ParticipantMother.profile(),
                EnumSet.of(ConsentPurpose.PARTICIPATION), null, null));
    }

    private int sites(long programmeId) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(programmeId)).sites().size();
    }

    @Test
    void aSiteWithEnrolmentsStaysAndTheRefusalSaysHowMany() throws Exception {
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        applyAt(setup);
        mvc.perform(api(delete("/api/v1/programmes/{id}/sites/{site}", setup.programmeId(), setup.siteId()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("Site Rotterdam is used by 1 enrolment, so it cannot be removed."));
        applyAt(setup);
        mvc.perform(page(post("/programmes/{id}/sites/{site}/delete", setup.programmeId(), setup.siteId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Locatie Rotterdam wordt nog gebruikt door 2 inschrijvingen en kan daarom niet worden verwijderd.")));
        mvc.perform(page(post("/programmes/{id}/sites/{site}/delete", setup.programmeId(), setup.siteId()))
                        .param("lang", "fr"))
                .andExpect(content().string(containsString(
                        "Le site Rotterdam est utilisé par 2 inscriptions : il ne peut donc pas être supprimé.")));
        assertThat(sites(setup.programmeId())).isEqualTo(1);

        long unused = accounts.callAs(TestUsers.COORDINATOR,
                () -> programmes.addSite(setup.programmeId(), "Gent", Country.BE));
        mvc.perform(page(post("/programmes/{id}/sites/{site}/delete", setup.programmeId(), unused)))
                .andExpect(redirectedUrl("/programmes/" + setup.programmeId() + "#sites"));
        assertThat(sites(setup.programmeId())).isEqualTo(1);
    }

    @Test
    void aStageADuoReachedStaysAndTheRefusalSaysHowManyDuos() throws Exception {
        var world = duos.active();
        long[] stages = accounts.callAs(TestUsers.COORDINATOR, () -> new long[] {
                programmes.addStage(world.programmeId(), "Kennismaking", ""),
                programmes.addStage(world.programmeId(), "CV", "")});
        accounts.callAs(world.mentorEmail(), () -> {
            progress.record(world.duoId(), new StageEntry(stages[0], LocalDate.now(), null, false, null));
            return null;
        });
        mvc.perform(api(delete("/api/v1/programmes/{id}/stages/{stage}", world.programmeId(), stages[0]))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Stage Kennismaking is used by the progress of 1 duo, so it cannot be removed."));
        mvc.perform(page(post("/programmes/{id}/stages/{stage}/delete", world.programmeId(), stages[0])))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Fase Kennismaking wordt nog gebruikt door de voortgang van 1 duo en kan daarom niet")));
        mvc.perform(api(delete("/api/v1/programmes/{id}/stages/{stage}", world.programmeId(), stages[1])))
                .andExpect(status().isNoContent());
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(world.programmeId())).stages())
                .extracting(s -> s.name()).containsExactly("Kennismaking");
    }
}
