package org.tandem.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.CleanDatabase;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.participant.Application;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentRegister;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.programme.ProgrammeKind;

/**
 * Issue 13 (GDPR Art. 7): the consent register. Consents point at the version of the text they were given for; a
 * coordinator publishes a new version; after a material change the person and the coordinator see "agreed to version
 * N, current is M" and the person agrees again without losing the record of what they agreed to before.
 */
@IntegrationTest
class ConsentRegisterTests {

    static final String MENTEE = "register.mentee@test.tandem";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    ParticipantFixture fixture;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    MyParticipation mine;

    @Autowired
    ConsentRegister register;

    ParticipantFixture.Setup setup;
    long enrolmentId;

    @BeforeEach
    void aMenteeWhoAgreedToVersionOne() {
        users.ensure();
        accounts.create(new NewUser(MENTEE, "Register Mentee", TestUsers.PASSWORD, Set.of(Role.MENTEE)));
        setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        enrolmentId = enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE,
                null, new PersonData("Yara", "Consent", MENTEE, null, 2002, null, null, null, null),
                ParticipantMother.profile(), EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH),
                null, null));
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    /** The API with HTTP Basic, pages as a signed-in user (pages take no Basic credentials). */
    private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        boolean api = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI()
                .startsWith("/api/");
        return request.with(api ? httpBasic(who, TestUsers.PASSWORD)
                : org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(userDetails.loadUserByUsername(who))).header("Accept-Language", "en");
    }

    private String publishResearch(boolean material, LocalDate from) {
        return """
                {"purpose": "RESEARCH", "textNl": "Mijn antwoorden mogen ook voor een vervolgstudie worden gebruikt.",
                 "textEn": "My answers may also be used for a follow-up study.",
                 "textFr": "Mes réponses peuvent aussi servir à une étude de suivi.",
                 "effectiveFrom": "%s", "material": %s}""".formatted(from, material);
    }

    @Test
    @CleanDatabase
    void theConsentsOfAnApplicationPointAtVersionOneOfTheProgrammesText() throws Exception {
        var consents = accounts.callAs(TestUsers.COORDINATOR, () -> queries.get(enrolmentId)).consents();
        assertThat(consents).extracting(c -> c.purpose() + ":" + c.textVersion())
                .containsExactlyInAnyOrder("PARTICIPATION:1", "RESEARCH:1");

        mvc.perform(as(TestUsers.COORDINATOR, get("/api/v1/programmes/{id}/consents", setup.programmeId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purposes[?(@.purpose == 'RESEARCH')].currentVersion").value(1))
                .andExpect(jsonPath("$.purposes[?(@.purpose == 'RESEARCH')].versions[0].inForce").value(1))
                .andExpect(jsonPath("$.purposes[?(@.purpose == 'RESEARCH')].versions[0].text.texts.en")
                        .value("My data may be used, pseudonymised, for research on the programme."))
                .andExpect(jsonPath("$.purposes[?(@.purpose == 'RESEARCH')].versions[0].text.publishedAt")
                        .isNotEmpty());
    }

    @Test
    @CleanDatabase
    void aMaterialChangeAsksThePersonAgainAndTheRenewalKeepsTheHistory() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/consents/texts", setup.programmeId()))
                        .contentType(MediaType.APPLICATION_JSON).content(publishResearch(true, LocalDate.now())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.material").value(true));

        // the coordinator: one consent for version 1, to be asked again; the person's record says so too
        var research = accounts.callAs(TestUsers.COORDINATOR, () -> register.overview(setup.programmeId()))
                .purposes().stream().filter(p -> p.purpose() == ConsentPurpose.RESEARCH).findFirst().orElseThrow();
        assertThat(research.currentVersion()).isEqualTo(2);
        assertThat(research.toAskAgain()).isEqualTo(1);
        mvc.perform(as(TestUsers.COORDINATOR, get("/programmes/{id}/consents", setup.programmeId()))
                        .param("purpose", "RESEARCH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yara Consent")))
                .andExpect(content().string(containsString("ask again")))
                .andExpect(content().string(containsString("My answers may also be used for a follow-up study.")));
        mvc.perform(as(TestUsers.COORDINATOR, get("/participants/{id}", enrolmentId)))
                .andExpect(content().string(containsString("version 1, given on")))
                .andExpect(content().string(containsString("ask again (version 2 is in effect)")));
        mvc.perform(as(MENTEE, get("/me/consents")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "you agreed to version 1, the text in effect is version 2")))
                .andExpect(content().string(containsString("My answers may also be used for a follow-up study.")));
        mvc.perform(as(MENTEE, get("/api/v1/me/consents")))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].askAgain").value(true))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].inForce.textVersion").value(1))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].currentVersion").value(2))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'PARTICIPATION')].askAgain").value(false));

        // the person agrees again: the consent for version 1 ends as renewed (not withdrawn), one for version 2 starts
        mvc.perform(as(MENTEE, post("/me/programmes/{p}/consents", setup.programmeId())).with(csrf())
                        .param("purpose", "RESEARCH").param("back", "consents"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/me/consents*"));
        var after = accounts.callAs(TestUsers.COORDINATOR, () -> queries.get(enrolmentId)).consents().stream()
                .filter(c -> c.purpose() == ConsentPurpose.RESEARCH).toList();
        assertThat(after).extracting(c -> c.textVersion() + ":" + c.active() + ":" + c.renewed())
                .containsExactly("1:false:true", "2:true:false");
        assertThat(after).noneMatch(c -> c.askAgain());
        var counts = accounts.callAs(TestUsers.COORDINATOR, () -> register.overview(setup.programmeId())).purposes()
                .stream().filter(p -> p.purpose() == ConsentPurpose.RESEARCH).findFirst().orElseThrow();
        assertThat(counts.toAskAgain()).isZero();
        assertThat(counts.versions()).extracting(v -> v.text().number() + ":" + v.inForce() + "/" + v.withdrawn()
                + "/" + v.renewed()).containsExactly("1:0/0/1", "2:1/0/0");
        // the research consent held throughout: the person is still among the consenting
        assertThat(accounts.callAs(TestUsers.COORDINATOR,
                () -> queries.consenting(java.util.List.of(enrolmentId), ConsentPurpose.RESEARCH)))
                .containsExactly(enrolmentId);
    }

    @Test
    @CleanDatabase
    void aVersionThatTakesEffectLaterIsNotYetTheOneAgreedTo() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/consents/texts", setup.programmeId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(publishResearch(true, LocalDate.now().plusDays(10))))
                .andExpect(status().isCreated());
        mvc.perform(as(MENTEE, get("/api/v1/me/consents")))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].currentVersion").value(1))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].askAgain").value(false));
        mvc.perform(get("/apply/{id}", setup.programmeId()).param("lang", "en"))
                .andExpect(content().string(containsString("My data may be used, pseudonymised")))
                .andExpect(content().string(not(containsString("follow-up study"))));
        // nor can a later version be published to start before it
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/consents/texts", setup.programmeId()))
                        .contentType(MediaType.APPLICATION_JSON).content(publishResearch(false, LocalDate.now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
    }

    @Test
    @CleanDatabase
    void theApplicationFormShowsTheVersionInEffectAndRecordsIt() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/consents/texts", setup.programmeId()))
                        .contentType(MediaType.APPLICATION_JSON).content(publishResearch(false, LocalDate.now())))
                .andExpect(status().isCreated());
        mvc.perform(get("/apply/{id}", setup.programmeId()).param("lang", "fr"))
                .andExpect(content().string(containsString("Mes réponses peuvent aussi servir à une étude de suivi.")));
        long second = enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE,
                null, ParticipantMother.personData(2001), ParticipantMother.profile(),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH), null, null));
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> queries.get(second)).consents())
                .extracting(c -> c.purpose() + ":" + c.textVersion() + ":" + c.askAgain())
                .containsExactlyInAnyOrder("PARTICIPATION:1:false", "RESEARCH:2:false");
        // a change that is not material leaves the first person's consent as it was, shown but not asked again
        mvc.perform(as(MENTEE, get("/api/v1/me/consents")))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].askAgain").value(false))
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].inForce.textVersion").value(1));
    }

    @Test
    @CleanDatabase
    void badTextsAreRefusedAtTheirFieldOnThePageAndInTheApi() throws Exception {
        mvc.perform(as(TestUsers.COORDINATOR, post("/api/v1/programmes/{id}/consents/texts", setup.programmeId()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"purpose": "RESEARCH", "textNl": " ", "textEn": "x", "textFr": "x",
                                 "effectiveFrom": "2001-01-01", "material": true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("textNl")));
        mvc.perform(as(TestUsers.COORDINATOR, post("/programmes/{id}/consents/texts", setup.programmeId()))
                        .with(csrf()).param("purpose", "RESEARCH").param("textNl", "nl").param("textEn", "en")
                        .param("textFr", "fr").param("effectiveFrom", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A new version cannot take effect in the past.")));
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> register.overview(setup.programmeId())).purposes()
                .stream().filter(p -> p.purpose() == ConsentPurpose.RESEARCH).findFirst().orElseThrow().versions())
                .hasSize(1);
    }

    @Test
    @CleanDatabase
    void onlyTheProgrammesCoordinatorsAndAdminsReachTheRegister() throws Exception {
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/programmes/{id}/consents", setup.programmeId())))
                .andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, get("/api/v1/programmes/{id}/consents/holders",
                        setup.programmeId())).param("purpose", "RESEARCH"))
                .andExpect(status().isNotFound());
        mvc.perform(as(TestUsers.OTHER_COORDINATOR, post("/api/v1/programmes/{id}/consents/texts",
                        setup.programmeId())).contentType(MediaType.APPLICATION_JSON)
                        .content(publishResearch(true, LocalDate.now())))
                .andExpect(status().isNotFound());
        mvc.perform(as(MENTEE, get("/api/v1/programmes/{id}/consents", setup.programmeId())))
                .andExpect(status().isForbidden());
        mvc.perform(as(TestUsers.ADMIN, get("/api/v1/programmes/{id}/consents/holders", setup.programmeId()))
                        .param("purpose", "RESEARCH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Yara Consent"))
                .andExpect(jsonPath("$.items[0].textVersion").value(1));
    }

    @Test
    @CleanDatabase
    void thePersonWithdrawsFromTheConsentPageAndByApi() throws Exception {
        var research = accounts.callAs(MENTEE, mine::consents).get(0).purposes().stream()
                .filter(p -> p.purpose() == ConsentPurpose.RESEARCH).findFirst().orElseThrow().inForce();
        mvc.perform(as(MENTEE, post("/api/v1/me/consents/{id}/withdraw", research.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].history[0].withdrawnAt").isNotEmpty());
        mvc.perform(as(MENTEE, post("/api/v1/me/consents/{id}/withdraw", research.id())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(MENTEE, get("/me/consents")))
                .andExpect(content().string(containsString("You have not agreed to this.")));
        mvc.perform(as(MENTEE, post("/api/v1/me/programmes/{p}/consents", setup.programmeId()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\": \"RESEARCH\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].purposes[?(@.purpose == 'RESEARCH')].inForce.textVersion").value(1));
    }
}
