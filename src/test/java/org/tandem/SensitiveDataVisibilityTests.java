package org.tandem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.tandem.account.AccountService;
import org.tandem.employer.EmployerWorld;
import org.tandem.participant.Application;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.MigrationBackground;
import org.tandem.participant.ParticipantChange;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.SensitiveDataBreakGlass;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeStatus;

/**
 * Country of birth and migration background reach the programme's coordinators and nobody else: the JSON an
 * employer contact gets about its own released mentor never carries the sensitive keys, and an admin reads them only
 * by break-glass with a recorded reason.
 */
@IntegrationTest
@RecordApplicationEvents
class SensitiveDataVisibilityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmployerWorld employers;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    ApplicationEvents events;

    private static ResultMatcher noSensitiveKeys() {
        return result -> {
            content().string(not(containsString("migrationBackground"))).match(result);
            content().string(not(containsString("countryOfBirth"))).match(result);
            content().string(not(containsString("SECOND_GENERATION"))).match(result);
            content().string(not(containsString("sensitive"))).match(result);
        };
    }

    @Test
    void anEmployerSeesItsMentorButNotTheMentorsSensitiveData() throws Exception {
        var world = employers.create();
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            programmes.changeStatus(world.programmeId(), ProgrammeStatus.RECRUITING);
            return null;
        });
        var person = ParticipantMother.personData(1964);
        long mentor = enrolments.apply(new Application(world.programmeId(), world.cohortId(), ParticipantRole.MENTOR,
                null, person, ParticipantMother.profile(),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA), "SR",
                MigrationBackground.SECOND_GENERATION));
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            var read = queries.get(mentor);
            enrolments.change(mentor, new ParticipantChange(read.person(), read.profile(), null, world.employerId(),
                    1, read.version(), read.personVersion()));
            return null;
        });

        mvc.perform(get("/api/v1/participants/{id}", mentor).with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SECOND_GENERATION")));
        mvc.perform(get("/api/v1/my-employer").with(httpBasic(world.contact(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.lastName())))
                .andExpect(noSensitiveKeys());
        mvc.perform(get("/api/v1/my-employer/mentors/{id}", mentor).with(httpBasic(world.contact(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(noSensitiveKeys());
        mvc.perform(get("/api/v1/my-employer/mentors/{id}", mentor)
                        .with(httpBasic(world.otherContact(), TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/participants/{id}", mentor).with(httpBasic(world.contact(), TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(noSensitiveKeys());
    }

    /** Issue 13, defect 6: an admin sees sensitive data only by break-glass with a reason, never as a matter of course. */
    @Test
    void anAdminSeesSensitiveDataOnlyByBreakGlassWithAReason() throws Exception {
        var world = employers.create();
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            programmes.changeStatus(world.programmeId(), ProgrammeStatus.RECRUITING);
            return null;
        });
        long mentor = enrolments.apply(new Application(world.programmeId(), world.cohortId(), ParticipantRole.MENTOR,
                null, ParticipantMother.personData(1961), ParticipantMother.profile(),
                EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.SENSITIVE_DATA), "SR",
                MigrationBackground.SECOND_GENERATION));

        mvc.perform(get("/api/v1/participants/{id}", mentor).with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("SECOND_GENERATION"))));
        mvc.perform(post("/api/v1/participants/{id}/sensitive/break-glass", mentor)
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"why\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("SECOND_GENERATION"))));
        mvc.perform(post("/api/v1/participants/{id}/sensitive/break-glass", mentor)
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Complaint 2026-17 about the intake\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SECOND_GENERATION")));
        assertThat(events.stream(SensitiveDataBreakGlass.class)).anyMatch(e -> e.enrolmentId() == mentor);
        mvc.perform(post("/api/v1/participants/{id}/sensitive/break-glass", mentor)
                        .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Complaint 2026-17 about the intake\"}"))
                .andExpect(status().isForbidden());
    }
}
