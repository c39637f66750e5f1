package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Storage limitation: the daily run erases a programme's record of a person once the programme's term passed since
 * their last enrolment in it ended (the short term for a withdrawal or rejection, the long one after completion), per
 * programme; the admin sees beforehand what it will erase.
 */
@IntegrationTest
class RetentionTests {

    @Autowired
    ParticipantFixture fixture;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    RetentionService retention;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aWithdrawalPastTheShortTermIsErasedAndARecordInAnotherProgrammeStays() {
        users.ensure();
        var a = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.CAREER_SWITCH);
        var b = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.CAREER_SWITCH);
        var person = ParticipantMother.personData(1990);
        long gone = fixture.ready(TestUsers.COORDINATOR, a.cohortId(), ParticipantRole.MENTEE, person, 1, null,
                ParticipantMother.profile());
        long stays = fixture.ready(TestUsers.COORDINATOR, b.cohortId(), ParticipantRole.MENTEE, person, 1, null,
                ParticipantMother.profile());
        long recent = fixture.ready(TestUsers.COORDINATOR, a.cohortId(), ParticipantRole.MENTEE, 1, null,
                ParticipantMother.profile());
        long completedLongAgo = fixture.ready(TestUsers.COORDINATOR, a.cohortId(), ParticipantRole.MENTEE, 1, null,
                ParticipantMother.profile());
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            enrolments.withdraw(gone, "Moved abroad");
            enrolments.withdraw(recent, "No time");
            return null;
        });
        endedMonthsAgo(gone, 7, null);
        endedMonthsAgo(recent, 5, null);
        // completed 7 months ago: within the long term of 24 months
        endedMonthsAgo(completedLongAgo, 7, "COMPLETED");

        var preview = accounts.callAs(TestUsers.ADMIN, () -> retention.preview());
        assertThat(preview.people()).filteredOn(c -> c.programmeId() != b.programmeId())
                .filteredOn(c -> c.programmeId() == a.programmeId()).extracting(RetentionService.Candidate::enrolmentId).containsExactly(gone);
        assertThat(preview.programmes()).filteredOn(p -> p.programmeId() == a.programmeId()).singleElement()
                .satisfies(p -> assertThat(p.people()).isEqualTo(1))
                .satisfies(p -> assertThat(p.months()).isEqualTo(24))
                .satisfies(p -> assertThat(p.rejectedMonths()).isEqualTo(6));
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR, () -> retention.preview()))
                .isInstanceOf(NotFoundException.class);

        assertThat(retention.run()).isPositive();

        assertThat(personOf(gone).get("first_name")).isEqualTo("Erased");
        assertThat(personOf(gone).get("erased_at")).isNotNull();
        assertThat(personOf(stays).get("email")).isEqualTo(person.email());
        assertThat(personOf(stays).get("erased_at")).isNull();
        assertThat(personOf(recent).get("erased_at")).isNull();
        assertThat(jdbc.queryForList("select basis || '/' || reason from privacy_erasure", String.class))
                .isNotEmpty().containsOnly("RETENTION/retention");
        assertThat(retention.run()).as("nothing twice").isZero();

        // a shorter long term reaches the completed one too
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            programmes.keepDataFor(a.programmeId(), 6, 3);
            return null;
        });
        assertThat(accounts.callAs(TestUsers.ADMIN, () -> retention.preview()).people())
                .filteredOn(c -> c.programmeId() == a.programmeId()).extracting(RetentionService.Candidate::enrolmentId).containsExactlyInAnyOrder(completedLongAgo,
                        recent);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR, () -> {
            programmes.keepDataFor(a.programmeId(), 6, 12);
            return null;
        })).isInstanceOf(FieldException.class);
    }

    @Test
    void theAdminsPreviewPageAndApiAndTheProgrammesTermsPage() throws Exception {
        users.ensure();
        var a = fixture.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.CAREER_SWITCH);
        long gone = fixture.ready(TestUsers.COORDINATOR, a.cohortId(), ParticipantRole.MENTEE, 1, null,
                ParticipantMother.profile());
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            enrolments.withdraw(gone, "Moved abroad");
            return null;
        });
        endedMonthsAgo(gone, 8, null);
        var admin = user(userDetails.loadUserByUsername(TestUsers.ADMIN));
        var coordinator = user(userDetails.loadUserByUsername(TestUsers.COORDINATOR));
        mvc.perform(get("/admin/retention").with(admin).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Whom the next run erases")))
                .andExpect(content().string(Matchers.containsString("/participants/" + gone)));
        mvc.perform(get("/admin/retention").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/retention/preview").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[*].enrolmentId", Matchers.hasItem((int) gone)));
        mvc.perform(get("/programmes/" + a.programmeId() + "/retention").with(coordinator))
                .andExpect(status().isOk());
        mvc.perform(post("/programmes/" + a.programmeId() + "/retention").with(coordinator).with(csrf())
                .param("months", "12").param("rejectedMonths", "24").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("no more than the term after completion")));
        mvc.perform(post("/programmes/" + a.programmeId() + "/retention").with(coordinator).with(csrf())
                .param("months", "12").param("rejectedMonths", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/programmes/" + a.programmeId() + "/retention")
                .with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + a.programmeId() + "/retention")
                .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months").value(12))
                .andExpect(jsonPath("$.rejectedMonths").value(3));
    }

    private void endedMonthsAgo(long enrolmentId, int months, String status) {
        var at = Timestamp.from(Instant.now().minus(months * 31L, ChronoUnit.DAYS));
        if (status == null) {
            jdbc.update("update enrolment set status_changed_at = ? where id = ?", at, enrolmentId);
        } else {
            jdbc.update("update enrolment set status = ?, status_changed_at = ? where id = ?", status, at,
                    enrolmentId);
        }
    }

    private java.util.Map<String, Object> personOf(long enrolmentId) {
        return jdbc.queryForMap("select p.* from person p join enrolment e on e.person_id = p.id where e.id = ?",
                enrolmentId);
    }
}
