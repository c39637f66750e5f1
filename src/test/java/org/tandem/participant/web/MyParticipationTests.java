package org.tandem.participant.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.participant.Application;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.MigrationBackground;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.programme.ProgrammeKind;

/** A mentee sees their own participation and withdraws a consent as easily as they gave it. */
@IntegrationTest
class MyParticipationTests {

    static final String MENTEE = "own.mentee@test.tandem";

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
    MyParticipation mine;

    @org.junit.jupiter.api.BeforeEach
    void menteeWithSensitiveData() {
        users.ensure();
        if (accounts.findByEmail(MENTEE).isEmpty()) {
            accounts.create(new NewUser(MENTEE, "Own Mentee", TestUsers.PASSWORD, Set.of(Role.MENTEE)));
            var setup = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
            var data = ParticipantMother.personData(2003);
            enrolments.apply(new Application(setup.programmeId(), setup.cohortId(), ParticipantRole.MENTEE, null,
                    new PersonData(data.firstName(), data.lastName(), MENTEE, null, 2003, null, null, null, null),
                    ParticipantMother.profile(),
                    EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH, ConsentPurpose.SENSITIVE_DATA),
                    "ER", MigrationBackground.FIRST_GENERATION));
        }
    }

    @Test
    void theOwnJsonCarriesNoSensitiveKeys() throws Exception {
        menteeWithSensitiveData();
        mvc.perform(get("/api/v1/me/enrolments").with(httpBasic(MENTEE, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("APPLIED"))
                .andExpect(content().string(not(containsString("migrationBackground"))))
                .andExpect(content().string(not(containsString("countryOfBirth"))))
                .andExpect(content().string(not(containsString("FIRST_GENERATION"))));
        mvc.perform(get("/api/v1/me/enrolments").with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails(value = MENTEE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aMenteeWithdrawsAConsentFromTheirOwnPage() throws Exception {
        var research = accounts.callAs(MENTEE, mine::enrolments).get(0).consents().stream()
                .filter(c -> c.purpose() == ConsentPurpose.RESEARCH).findFirst().orElseThrow();
        mvc.perform(get("/me").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Research")));
        mvc.perform(post("/me/consents/{id}/withdraw", research.id()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var after = accounts.callAs(MENTEE, mine::enrolments).get(0).consents().stream()
                .filter(c -> c.id() == research.id()).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(after.active()).isFalse();
        mvc.perform(post("/me/programmes/{p}/consents", accounts.callAs(MENTEE, mine::enrolments).get(0).programmeId())
                .with(csrf()).param("purpose", "RESEARCH")).andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(accounts.callAs(MENTEE, mine::enrolments).get(0).consents())
                .filteredOn(c -> c.purpose() == ConsentPurpose.RESEARCH && c.active()).hasSize(1);
    }

    @Test
    void somebodyElsesConsentCannotBeWithdrawn() throws Exception {
        menteeWithSensitiveData();
        long theirs = accounts.callAs(MENTEE, mine::enrolments).get(0).consents().get(0).id();
        mvc.perform(post("/me/consents/{id}/withdraw", theirs).with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("someone").roles("MENTOR")))
                .andExpect(status().isNotFound());
    }
}
