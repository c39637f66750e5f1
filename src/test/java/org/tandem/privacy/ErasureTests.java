package org.tandem.privacy;

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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoFixture;
import org.tandem.duo.DuoService;
import org.tandem.duo.MeetingService;
import org.tandem.participant.PersonErasure;
import org.tandem.participant.PersonalDataDownloads;
import org.tandem.reporting.DashboardService;
import org.tandem.reporting.ReportScope;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure (GDPR Art. 17) across every module: the "everywhere" person of {@link SubjectAccessTests} is erased, and
 * afterwards no marked field still holds one of their values, except the few kept on purpose (listed with why) for the
 * programme's counts; their export holds nothing identifying; the dashboard of a programme shows the same numbers.
 */
@IntegrationTest
@RecordApplicationEvents
class ErasureTests {

    /** Kept after the erasure, on purpose: categories and ids that identify nobody once the person is unlinked. */
    private static final Set<String> KEPT = Set.of(
            // the funnel, the outcomes and the targets count them
            "participant:Enrolment.status", "participant:Enrolment.meetingMode", "participant:Person.preferredLanguage",
            // when the enrolment first reached each funnel step: the status history's dates, which stay too
            "participant:Enrolment.reachedEligibleAt", "participant:Enrolment.reachedTrainedAt",
            "participant:Enrolment.reachedMatchedAt", "participant:Enrolment.reachedActiveAt",
            "participant:Enrolment.reachedCompletedAt",
            "duo:Duo.endReason", "duo:DuoOutcome.educationSector",
            // anonymous answers stay for the analyses; a language code says nothing about anybody
            "evaluation:SurveyResponse.answers", "evaluation:SurveyInvitation.language",
            // the download log keeps its row ids (who was downloaded is an erased row now)
            "privacy:DataDownload.subjectAccountId", "privacy:DataDownload.subjectEnrolmentId",
            "privacy:DataDownload.subjectPersonIds",
            // the audit trail keeps its row ids, so that who read, changed or erased the records stays provable
            "audit:AuditEntry.subjectPersonId", "audit:AuditEntry.subjectEnrolmentId",
            "audit:AuditEntry.subjectAccountId", "audit:AuditEntry.actorAccountId",
            // the employer's own records about the organisation, kept for its other contacts and the targets
            "employer:Employer.notes", "employer:Recruitment.declineReason", "employer:RecruitmentStep.reason",
            // a funder report is kept as the funder received it (its text is about the programme)
            "reporting:FunderReport.coordinatorText");

    @Autowired
    DuoFixture duos;
    @Autowired
    MeetingService meetings;
    @Autowired
    DuoService duoService;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalDataDownloads downloads;
    @Autowired
    PersonErasure erasure;
    @Autowired
    SubjectAccess access;
    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationEvents events;

    @Test
    void afterErasureNoMarkedFieldHoldsAValueOfThePersonWhoWasEverywhere() {
        var world = everywhere();
        String email = world.mentorEmail();
        var subject = subjectOf(email);
        var before = access.collect(subject);
        Map<String, Set<String>> originals = values(before);
        assertThat(originals).containsKeys("participant:Person.lastName", "account:UserAccount.email",
                "duo:PrivateNote.text", "notification:OutboxMessage.recipient");
        int duoRows = count("duo");
        int meetingRows = count("duo_meeting");

        accounts.callAs(TestUsers.ADMIN, () -> erasure.erase(world.mentorEnrolmentId(), "Asked by mail"));

        var after = access.collect(subject);
        var leaks = new HashSet<String>();
        values(after).forEach((field, kept) -> {
            if (!KEPT.contains(field)) {
                kept.stream().filter(v -> originals.getOrDefault(field, Set.of()).contains(v))
                        .forEach(v -> leaks.add(field + "=" + v));
            }
        });
        assertThat(leaks).as("marked fields that still hold the person's value").isEmpty();
        var json = JsonMapper.builder().build().writeValueAsString(after);
        assertThat(json).doesNotContain(email, "Mila", "Mentor wonders about the CV", "+31 6 1111 2222", "Illness",
                "Strong motivation", "Went well", "First lesson", "Good talk", "Talked about hours");

        assertThat(tablesHolding(email)).as("tables that still hold the address").isEmpty();
        assertThat(tablesHolding("Mila Mentor")).as("tables that still hold the name").isEmpty();
        assertThat(tablesHolding(Erased.DOMAIN)).as("the sweep reads the tables: it finds the placeholders")
                .contains("person.email", "user_account.email", "employer_contact.email");

        // rows stay, unlinked; identity and links go
        assertThat(count("duo")).isEqualTo(duoRows);
        assertThat(count("duo_meeting")).isEqualTo(meetingRows);
        assertThat(jdbc.queryForObject("select state from duo where id = ?", String.class, world.duoId()))
                .isEqualTo("ENDED_EARLY");
        assertThat(jdbc.queryForObject("select count(*) from sensitive_record", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from respondent_link where invitee = ?", Integer.class,
                "enrolment:" + world.mentorEnrolmentId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where lower(recipient) = ?",
                Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from api_token where revoked_at is null and account_id = ?",
                Integer.class, subject.accountId())).isZero();
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class,
                subject.accountId())).isFalse();
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(jdbc.queryForObject("select first_name || ' ' || last_name from person where id = ?",
                String.class, subject.personIds().iterator().next()))
                .isEqualTo(Erased.name(subject.personIds().iterator().next()));
        assertThat(events.stream(PersonErased.class)).singleElement()
                .satisfies(e -> assertThat(e.personIds()).isEqualTo(subject.personIds()))
                .satisfies(e -> assertThat(e.basis()).isEqualTo(Eraser.Basis.ADMIN))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Asked by mail"));
        assertThatThrownBy(() -> accounts.callAs(TestUsers.ADMIN,
                () -> erasure.erase(world.mentorEnrolmentId(), "Again")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theDashboardOfTheProgrammeShowsTheSameNumbersAfterAnErasure() {
        var world = duos.signedActive();
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            duoService.complete(world.duoId(), LocalDate.now(), false);
            return null;
        });
        var before = accounts.callAs(TestUsers.COORDINATOR,
                () -> dashboards.of(world.programmeId(), ReportScope.whole()));

        accounts.callAs(TestUsers.COORDINATOR, () -> erasure.erase(world.menteeEnrolmentId(), "Asked at intake"));

        var after = accounts.callAs(TestUsers.COORDINATOR,
                () -> dashboards.of(world.programmeId(), ReportScope.whole()));
        assertThat(after.funnel()).isEqualTo(before.funnel());
        assertThat(after.duosByState()).isEqualTo(before.duosByState());
        assertThat(after.meetings()).isEqualTo(before.meetings());
        assertThat(after.targets()).isEqualTo(before.targets());
        assertThat(after.activity()).isEqualTo(before.activity());
        assertThat(after.surveys()).isEqualTo(before.surveys());
        assertThat(after.funnel().toString()).isNotBlank();
    }

    @Test
    void aCoordinatorErasesOnlyPeopleOfTheirOwnProgrammesAndAReasonIsNeeded() {
        var world = duos.signedActive();
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> erasure.erase(world.menteeEnrolmentId(), "x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR,
                () -> erasure.erase(world.menteeEnrolmentId(), " "))).isInstanceOf(FieldException.class);
        // the same address in a programme the coordinator does not run: an admin's to erase
        long person = jdbc.queryForObject("select person_id from enrolment where id = ?", Long.class,
                world.menteeEnrolmentId());
        jdbc.update("insert into person (id, version, first_name, last_name, email, preferred_language, created_at, "
                + "programme_id) select 8800001, 0, first_name, last_name, email, preferred_language, created_at, ? "
                + "from person where id = ?", 987_654L, person);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR,
                () -> erasure.erase(world.menteeEnrolmentId(), "Asked")))
                .isInstanceOf(DomainException.class).hasMessageContaining("erasure.coordinator.elsewhere");
        accounts.callAs(TestUsers.ADMIN, () -> erasure.erase(world.menteeEnrolmentId(), "Asked"));
        assertThat(jdbc.queryForObject("select count(*) from person where id in (?, ?) and erased_at is not null",
                Integer.class, person, 8800001L)).isEqualTo(2);
    }

    @Test
    void pagesAndApiConfirmEraseAndRefuse() throws Exception {
        var world = duos.signedActive();
        users.ensure();
        var coordinator = user(userDetails.loadUserByUsername(TestUsers.COORDINATOR));
        mvc.perform(get("/participants/" + world.menteeEnrolmentId() + "/erasure").with(coordinator)
                .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Erase for good")))
                .andExpect(content().string(Matchers.containsString("Enrolment")));
        mvc.perform(post("/participants/" + world.menteeEnrolmentId() + "/erasure").with(coordinator).with(csrf())
                .param("reason", "").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give a reason.")));
        mvc.perform(get("/participants/" + world.menteeEnrolmentId() + "/erasure")
                .with(user(userDetails.loadUserByUsername(TestUsers.OTHER_COORDINATOR))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/participants/" + world.menteeEnrolmentId() + "/erasure").with(coordinator).with(csrf())
                .param("reason", "Asked by phone"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/participants/" + world.menteeEnrolmentId() + "/erasure").with(coordinator)
                .header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("has been erased")));
        mvc.perform(post("/api/v1/participants/" + world.mentorEnrolmentId() + "/erasure")
                .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/participants/" + world.mentorEnrolmentId() + "/erasure")
                .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Asked by letter\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.erasureId").isNumber());
        mvc.perform(post("/api/v1/accounts/1/erasure")
                .with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    private DataSubject subjectOf(String email) {
        var personIds = new HashSet<>(jdbc.queryForList("select id from person where email = ?", Long.class, email));
        var enrolmentIds = new HashSet<Long>();
        personIds.forEach(p -> enrolmentIds.addAll(jdbc.queryForList("select id from enrolment where person_id = ?",
                Long.class, p)));
        long account = accounts.findByEmail(email).orElseThrow().id();
        return new DataSubject(personIds, enrolmentIds, account, email);
    }

    private static Map<String, Set<String>> values(DataExport export) {
        var values = new HashMap<String, Set<String>>();
        for (var part : export.parts()) {
            for (var record : part.records()) {
                record.fields().stream().filter(f -> f.personal() && f.value() != null && !f.value().isBlank())
                        .forEach(f -> values.computeIfAbsent(part.module() + ":" + record.type() + "." + f.name(),
                                k -> new HashSet<>()).add(f.value()));
            }
        }
        return values;
    }

    /** Every text column of every table of the application, searched for a value (case-insensitive). */
    private Set<String> tablesHolding(String value) {
        var found = new HashSet<String>();
        for (var column : jdbc.queryForList("select table_name, column_name from information_schema.columns "
                + "where lower(table_schema) = 'public' "
                + "and lower(data_type) in ('character varying', 'character large object', 'text')")) {
            String table = ((String) column.get("table_name")).toLowerCase();
            String name = ((String) column.get("column_name")).toLowerCase();
            if (table.startsWith("flyway")) {
                continue;
            }
            Integer hits = jdbc.queryForObject("select count(*) from \"" + table + "\" where lower(cast(\"" + name
                    + "\" as varchar)) like ?", Integer.class, "%" + value.toLowerCase() + "%");
            if (hits != null && hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private DuoFixture.World everywhere() {
        var everywhere = new SubjectAccessTests();
        everywhere.duos = duos;
        everywhere.meetings = meetings;
        everywhere.accounts = accounts;
        everywhere.downloads = downloads;
        everywhere.jdbc = jdbc;
        var world = everywhere.everywhere();
        // a download the person made themselves, so that the log names them
        accounts.callAs(world.mentorEmail(), () -> downloads.mine(Requester.Format.PAGE));
        return world;
    }
}
