package org.tandem.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.participant.Application;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.MigrationBackground;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;

@IntegrationTest
class ParticipantPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture fixture;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    org.tandem.participant.ParticipantQueries queries;

    @Autowired
    org.tandem.account.AccountService accounts;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private static MockHttpServletRequestBuilder coordinator(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD));
    }

    private long applied(ParticipantFixture.Setup setup, boolean sensitive) {
        return enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE,
                setup.siteId(), ParticipantMother.personData(2001), ParticipantMother.profile(),
                sensitive ? EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA)
                        : EnumSet.of(ConsentPurpose.PARTICIPATION),
                sensitive ? "SY" : null, sensitive ? MigrationBackground.FIRST_GENERATION : null));
    }

    /**
     * The application rate limit counts per client address in memory, for the life of the application context and
     * so across test classes: each test applies from an address of its own.
     */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String clientAddress = "198.51.100." + (1 + ADDRESSES.getAndIncrement() % 254);

    private MockHttpServletRequestBuilder application(long programmeId, long cohortId, String email) {
        return post("/apply/{id}", programmeId).with(csrf()).with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                })
                .param("cohortId", String.valueOf(cohortId)).param("role", "MENTEE")
                .param("person.firstName", "Amal").param("person.lastName", "Haddad")
                .param("person.email", email).param("person.preferredLanguage", "FR")
                .param("person.birthYear", "2002")
                .param("profile.languages", "FR:NATIVE", "NL:A2", "")
                .param("profile.sectors", "CARE").param("profile.availability", "MON_MORNING", "FRI_EVENING")
                .param("profile.meetingMode", "BOTH");
    }

    @Test
    void thePublicFormIsOpenToAnyoneInFrench() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        mvc.perform(get("/apply/{id}", setup.programmeId()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Candidature pour")))
                .andExpect(content().string(containsString("Je participe au programme")))
                .andExpect(content().string(containsString("Pays de naissance")));
    }

    /** Issue 13, defect 7: a post without the profile (or person) fields is answered with the form, never a 500. */
    @Test
    void anApplicationWithoutProfileFieldsIsAnsweredWithTheForm() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var address = clientAddress;
        mvc.perform(post("/apply/{id}", setup.programmeId()).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                        .param("cohortId", String.valueOf(setup.cohortId())).param("role", "MENTEE")
                        .param("person.firstName", "Amal").param("person.lastName", "Haddad")
                        .param("person.email", "noprofile." + System.nanoTime() + "@example.org")
                        .param("person.preferredLanguage", "FR").param("person.birthYear", "2002")
                        .param("consents", "PARTICIPATION"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(500));
        mvc.perform(post("/apply/{id}", setup.programmeId()).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }).param("cohortId", String.valueOf(setup.cohortId())).param("role", "MENTEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void aGoodApplicationIsThankedAndStored() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        String email = "amal." + System.nanoTime() + "@example.org";
        mvc.perform(application(setup.programmeId(), setup.cohortId(), email).param("consents", "PARTICIPATION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/apply/" + setup.programmeId() + "/thanks"));
        mvc.perform(coordinator(get("/api/v1/participants")).param("q", email))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("APPLIED"));
    }

    @Test
    void aKnownAddressIsAnsweredLikeAnyOtherAndChangesNothingOfThatPerson() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long known = applied(setup, true);
        var before = accounts.callAs(TestUsers.COORDINATOR, () -> queries.get(known));
        String unknown = "new." + System.nanoTime() + "@example.org";
        for (String email : new String[] {unknown, before.person().email(), before.person().email()}) {
            mvc.perform(application(setup.programmeId(), setup.cohortId(), email)
                            .param("consents", "PARTICIPATION", "RESEARCH", "SENSITIVE_DATA")
                            .param("countryOfBirth", "TR").param("migrationBackground", "SECOND_GENERATION"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/apply/" + setup.programmeId() + "/thanks"));
        }
        var after = accounts.callAs(TestUsers.COORDINATOR, () -> queries.get(known));
        assertThat(after.person()).isEqualTo(before.person());
        assertThat(after.consents()).isEqualTo(before.consents());
        assertThat(after.sensitive().countryOfBirth()).isEqualTo("SY");
        assertThat(after.sensitive().migrationBackground()).isEqualTo(MigrationBackground.FIRST_GENERATION);
    }

    @Test
    void wrongFieldsAreShownAtTheirPlace() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var request = application(setup.programmeId(), setup.cohortId(), "not-an-address").param("lang", "en")
                .param("countryOfBirth", "Morocco").param("consents", "PARTICIPATION");
        request.with(r -> {
            r.setParameter("person.birthYear", "1850");
            return r;
        });
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "person.email", "person.birthYear", "countryOfBirth"))
                .andExpect(content().string(containsString("id=\"person.email-error\"")))
                .andExpect(content().string(containsString("Give the country as a two-letter code")));
    }

    @Test
    void withoutConsentTheApplicationIsRefusedAtTheConsents() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        mvc.perform(application(setup.programmeId(), setup.cohortId(), "x" + System.nanoTime() + "@example.org")
                        .param("consents", "RESEARCH").param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "consents", "application.consent.participation"));
    }

    @Test
    void theHoneypotSwallowsSpamSilently() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        String email = "bot." + System.nanoTime() + "@example.org";
        mvc.perform(application(setup.programmeId(), setup.cohortId(), email).param("website", "http://spam")
                        .param("consents", "PARTICIPATION"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(coordinator(get("/api/v1/participants")).param("q", email))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void floodsFromOneAddressAreSlowedDown() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        String email = "flood." + System.nanoTime() + "@example.org";
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 7; i++) {
            statuses.add(mvc.perform(application(setup.programmeId(), setup.cohortId(), email)
                    .param("consents", "PARTICIPATION")).andReturn().getResponse().getStatus());
        }
        // five an hour from one address (tandem.applications.per-hour): the sixth and seventh are refused
        org.assertj.core.api.Assertions.assertThat(statuses.subList(5, 7)).containsExactly(429, 429);
        org.assertj.core.api.Assertions.assertThat(statuses.subList(0, 5)).doesNotContain(429);
    }

    @Test
    void aProgrammeInDraftTakesNoApplications() throws Exception {
        mvc.perform(get("/apply/{id}", 987654)).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theListUpdatesInPlaceWithHtmx() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        applied(setup, false);
        mvc.perform(get("/participants").param("cohortId", String.valueOf(setup.cohortId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString("1 deelnemers")));
        mvc.perform(get("/participants").param("cohortId", String.valueOf(setup.cohortId()))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theParticipantPageShowsIntakeEligibilityAndSensitiveData() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, true);
        mvc.perform(get("/participants/{id}", id).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intake interview")))
                .andExpect(content().string(containsString("Born abroad myself")));
        mvc.perform(post("/participants/{id}/intake/plan", id).with(csrf())
                .param("at", "2026-12-01T10:00")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/participants/{id}/status", id).with(csrf()).param("status", "ELIGIBLE")
                        .param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot move from")));
    }

    @Test
    void theApiShowsSensitiveDataToCoordinatorsOnly() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, true);
        mvc.perform(coordinator(get("/api/v1/participants/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sensitive.migrationBackground").value("FIRST_GENERATION"));
        mvc.perform(get("/api/v1/participants/{id}", id).with(httpBasic(TestUsers.OTHER_COORDINATOR,
                TestUsers.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/participants/{id}", id).with(httpBasic(TestUsers.MENTOR, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("FIRST_GENERATION"))));
        mvc.perform(get("/api/v1/participants").with(httpBasic(TestUsers.RESEARCHER, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiTakesAnEnrolmentThroughIntake() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        mvc.perform(coordinator(post("/api/v1/participants/{id}/intake-plan", id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"2026-12-01T10:00:00\"}"))
                .andExpect(jsonPath("$.summary.status").value("INTAKE_PLANNED"));
        mvc.perform(coordinator(post("/api/v1/participants/{id}/intake", id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notes\":\"fine\",\"checks\":[\"IDENTITY_CHECKED\",\"MOTIVATION_DISCUSSED\","
                                + "\"AVAILABILITY_CONFIRMED\",\"CODE_OF_CONDUCT_EXPLAINED\",\"WORK_PERMIT_CHECKED\"]}"))
                .andExpect(jsonPath("$.summary.status").value("INTAKE_DONE"));
        mvc.perform(coordinator(post("/api/v1/participants/{id}/status", id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ELIGIBLE\"}"))
                .andExpect(jsonPath("$.summary.status").value("ELIGIBLE"));
        mvc.perform(coordinator(post("/api/v1/participants/{id}/status", id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"READY_TO_MATCH\"}"))
                .andExpect(jsonPath("$.summary.status").value("READY_TO_MATCH"));
        mvc.perform(coordinator(post("/api/v1/participants/{id}/status", id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"WITHDRAWN\"}"))
                .andExpect(status().isConflict());
    }

    /** The edit page as filled in from what is stored, with a new first name. */
    private MockHttpServletRequestBuilder edit(long id, org.tandem.participant.PersonData person, String firstName,
            Long siteId, int capacity) {
        return post("/participants/{id}", id).with(csrf()).param("lang", "en")
                .param("person.firstName", firstName).param("person.lastName", person.lastName())
                .param("person.email", person.email()).param("person.preferredLanguage", "NL")
                .param("profile.languages", "NL:B2", "").param("profile.sectors", "CARE")
                .param("profile.availability", "MON_MORNING").param("profile.meetingMode", "BOTH")
                .param("siteId", siteId == null ? "" : String.valueOf(siteId))
                .param("capacity", String.valueOf(capacity));
    }

    private org.tandem.participant.EnrolmentView read(long id) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> queries.get(id));
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEditRefusedInItsPlacementWritesNeitherThePersonNorTheProfile() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var other = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        var before = read(id);
        mvc.perform(edit(id, before.person(), "Changed", other.siteId(), 1))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "siteId", "application.site.unknown"));
        var after = read(id);
        assertThat(after.person()).isEqualTo(before.person());
        assertThat(after.profile()).isEqualTo(before.profile());
        assertThat(after.summary().siteId()).isEqualTo(setup.siteId());
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aMenteeGivenTwoPlacesIsRefusedAtTheFormAndNothingIsWritten() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        var before = read(id);
        mvc.perform(edit(id, before.person(), "Changed", setup.siteId(), 2))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "capacity", "enrolment.capacity.mentee"))
                .andExpect(content().string(containsString("A mentee has one mentor.")));
        var after = read(id);
        assertThat(after.person()).isEqualTo(before.person());
        assertThat(after.profile()).isEqualTo(before.profile());
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aGoodEditSavesPersonProfileAndPlacementTogether() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        var before = read(id);
        mvc.perform(edit(id, before.person(), "Changed", null, 1))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/participants/" + id));
        var after = read(id);
        assertThat(after.person().firstName()).isEqualTo("Changed");
        assertThat(after.profile().sectors()).containsExactly(org.tandem.participant.Sector.CARE);
        assertThat(after.summary().siteId()).isNull();
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEditFormReadBeforeSomeoneElsesChangeIsRefusedWithAskToReload() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        var before = read(id);
        mvc.perform(edit(id, before.person(), "First", setup.siteId(), 1)
                        .param("version", String.valueOf(before.version()))
                        .param("personVersion", String.valueOf(before.personVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit(id, before.person(), "Second", setup.siteId(), 1)
                        .param("version", String.valueOf(before.version()))
                        .param("personVersion", String.valueOf(before.personVersion())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this in the meantime. Reload")));
        assertThat(read(id).person().firstName()).isEqualTo("First");
    }

    @Test
    @WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theEditPageCarriesTheVersionsItWasReadAt() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        var read = read(id);
        mvc.perform(get("/participants/{id}/edit", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "name=\"version\" value=\"" + read.version() + "\"")))
                .andExpect(content().string(containsString(
                        "name=\"personVersion\" value=\"" + read.personVersion() + "\"")));
    }

    private String changeBody(org.tandem.participant.EnrolmentView read, String firstName, Long siteId,
            int capacity, boolean versions) {
        var p = read.person();
        return "{\"person\":{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + p.lastName()
                + "\",\"email\":\"" + p.email() + "\",\"preferredLanguage\":\"NL\"},"
                + "\"profile\":{\"languages\":{\"NL\":\"B2\"},\"sectors\":[\"CARE\"],\"interests\":[],"
                + "\"meetingMode\":\"BOTH\"},"
                + "\"siteId\":" + siteId + ",\"capacity\":" + capacity
                + (versions ? ",\"version\":" + read.version() + ",\"personVersion\":" + read.personVersion() : "")
                + "}";
    }

    @Test
    void theApiChangesAParticipantAsOneCommand() throws Exception {
        var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var other = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long id = applied(setup, false);
        var before = read(id);
        mvc.perform(coordinator(put("/api/v1/participants/{id}", id)).contentType(MediaType.APPLICATION_JSON)
                        .content(changeBody(before, "Changed", other.siteId(), 1, true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteId"));
        mvc.perform(coordinator(put("/api/v1/participants/{id}", id)).contentType(MediaType.APPLICATION_JSON)
                        .content(changeBody(before, "Changed", setup.siteId(), 2, true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));
        assertThat(read(id).person()).isEqualTo(before.person());
        mvc.perform(coordinator(put("/api/v1/participants/{id}", id)).contentType(MediaType.APPLICATION_JSON)
                        .content(changeBody(before, "Changed", setup.siteId(), 1, true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.firstName").value("Changed"))
                .andExpect(jsonPath("$.profile.sectors[0]").value("CARE"));
        mvc.perform(coordinator(put("/api/v1/participants/{id}", id)).contentType(MediaType.APPLICATION_JSON)
                        .content(changeBody(before, "Stale", setup.siteId(), 1, true)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(containsString("gewijzigd")));
        mvc.perform(coordinator(put("/api/v1/participants/{id}", id)).contentType(MediaType.APPLICATION_JSON)
                        .content(changeBody(before, "Unchecked", setup.siteId(), 1, false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.firstName").value("Unchecked"));
    }
}
