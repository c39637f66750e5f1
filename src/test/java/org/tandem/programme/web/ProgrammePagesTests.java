package org.tandem.programme.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;

@IntegrationTest
@WithUserDetails(value = TestUsers.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ProgrammePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private long programmeOf(String coordinator) {
        return accounts.callAs(coordinator, () -> programmes.create(ProgrammeMother.details()));
    }

    @Test
    void createsAProgrammeFromTheForm() throws Exception {
        String name = ProgrammeMother.uniqueName("Page programme");
        mvc.perform(post("/programmes").with(csrf())
                        .param("name", name).param("kind", "CAREER_SWITCH").param("languages", "NL", "EN")
                        .param("defaultDurationMonths", "6").param("meetingFrequency", "FORTNIGHTLY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/programmes/*"));
        mvc.perform(get("/programmes")).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
    }

    @Test
    void showsEveryWrongFieldNextToIt() throws Exception {
        mvc.perform(post("/programmes").with(csrf())
                        .param("name", " ").param("kind", "OTHER")
                        .param("defaultDurationMonths", "0").param("meetingFrequency", "WEEKLY")
                        .param("mentorMinimumAge", "12"))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/form"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "languages", "defaultDurationMonths",
                        "mentorMinimumAge"))
                .andExpect(content().string(containsString("id=\"languages-error\"")))
                .andExpect(content().string(containsString("Kies minstens één taal.")));
    }

    @Test
    void aDuplicateNameIsReportedAtTheNameField() throws Exception {
        String name = ProgrammeMother.uniqueName("Twice");
        accounts.callAs(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details(name)));
        mvc.perform(post("/programmes").with(csrf()).param("lang", "en")
                        .param("name", name).param("kind", "OTHER").param("languages", "NL")
                        .param("defaultDurationMonths", "6").param("meetingFrequency", "WEEKLY"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "programme.name.taken"))
                .andExpect(content().string(containsString("A programme with this name already exists.")));
    }

    @Test
    void theProgrammePageShowsItsPartsInTheChosenLanguage() throws Exception {
        long id = programmeOf(TestUsers.COORDINATOR);
        mvc.perform(post("/programmes/{id}/stages", id).with(csrf()).param("name", "Orientation"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programmes/{id}/sites", id).with(csrf()).param("city", "Lyon").param("country", "FR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programmes/{id}/targets", id).with(csrf()).param("metric", "EMPLOYERS_COMMITTED")
                .param("comparator", "AT_LEAST").param("threshold", "5")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/{id}", id).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Orientation")))
                .andExpect(content().string(containsString("Lyon, France")))
                .andExpect(content().string(containsString("Employeurs engagés")))
                .andExpect(content().string(containsString("actuellement 0")));
    }

    @Test
    void aBadSiteIsShownAtItsFieldOnTheProgrammePage() throws Exception {
        long id = programmeOf(TestUsers.COORDINATOR);
        mvc.perform(post("/programmes/{id}/sites", id).with(csrf()).param("city", "").param("country", "BE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("siteForm", "city"))
                .andExpect(content().string(containsString("id=\"city-error\"")));
    }

    @Test
    void movingAStageWithHtmxSendsBackOnlyTheStagePlan() throws Exception {
        long id = programmeOf(TestUsers.COORDINATOR);
        long first = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.addStage(id, "First", null));
        long second = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.addStage(id, "Second", null));
        mvc.perform(post("/programmes/{id}/stages/{s}/move", id, second).with(csrf()).param("delta", "-1")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stage-list\"")))
                .andExpect(content().string(not(containsString("<nav"))));
        var stages = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(id)).stages();
        org.assertj.core.api.Assertions.assertThat(stages).extracting(s -> s.id()).containsExactly(second, first);
    }

    @Test
    void aProgrammeOfAnotherCoordinatorIsNotFound() throws Exception {
        long theirs = programmeOf(TestUsers.OTHER_COORDINATOR);
        mvc.perform(get("/programmes/{id}", theirs)).andExpect(status().isNotFound());
        mvc.perform(post("/programmes/{id}/status", theirs).with(csrf()).param("status", "CLOSED"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIllegalStatusChangeIsRefusedWithAMessage() throws Exception {
        long id = programmeOf(TestUsers.COORDINATOR);
        mvc.perform(post("/programmes/{id}/status", id).with(csrf()).param("status", "RUNNING").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("A programme cannot move from")));
    }

    @Test
    void cohortFormChecksTheDates() throws Exception {
        long id = programmeOf(TestUsers.COORDINATOR);
        mvc.perform(post("/programmes/{id}/cohorts", id).with(csrf()).param("name", "Round 1")
                        .param("kind", "ROUND").param("startDate", "2026-06-01").param("endDate", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "cohort.dates.invalid"));
        mvc.perform(post("/programmes/{id}/cohorts", id).with(csrf()).param("name", "Round 1")
                        .param("kind", "ROUND").param("startDate", "2026-06-01").param("endDate", "2026-12-01"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anEditFormReadBeforeSomeoneElsesChangeIsRefusedWithAskToReload() throws Exception {
        long id = programmeOf(TestUsers.COORDINATOR);
        long version = accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(id)).version();
        mvc.perform(get("/programmes/{id}/edit", id))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        String first = ProgrammeMother.uniqueName("First");
        mvc.perform(post("/programmes/{id}", id).with(csrf()).param("version", String.valueOf(version))
                        .param("name", first).param("kind", "OTHER").param("languages", "NL")
                        .param("defaultDurationMonths", "6").param("meetingFrequency", "WEEKLY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/programmes/{id}", id).with(csrf()).param("version", String.valueOf(version))
                        .param("lang", "en").param("name", ProgrammeMother.uniqueName("Second"))
                        .param("kind", "OTHER").param("languages", "NL")
                        .param("defaultDurationMonths", "6").param("meetingFrequency", "WEEKLY"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this in the meantime. Reload")));
        org.assertj.core.api.Assertions.assertThat(
                accounts.callAs(TestUsers.COORDINATOR, () -> programmes.get(id)).name()).isEqualTo(first);
    }
}
