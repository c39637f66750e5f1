package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.DuoFixture;
import org.tandem.duo.MeetingEntry;
import org.tandem.duo.MeetingService;
import org.tandem.participant.PersonalDataDownloads;
import org.tandem.privacy.Requester.Format;
import org.tandem.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access across every module: a mentor in a signed duo (fixtures) who also holds a record in every other
 * module (rows added here for the parts whose workflows other tests cover: training, workshops, intervision as member
 * and facilitator, contact moments, a survey, a matching run, an employer they speak for, a calendar feed, an
 * invitation, a mail) downloads their data; every field of the personal-data map must be in it.
 */
@IntegrationTest
class SubjectAccessTests {

    @Autowired
    DuoFixture duos;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalDataDownloads downloads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;

    private final ProcessingRegister register = ProcessingRegister.scan("org.tandem");

    @Test
    void everyFieldOfThePersonalDataMapIsInTheExportOfAPersonWhoIsEverywhere() {
        var world = everywhere();
        accounts.callAs(world.mentorEmail(), () -> downloads.mine(Format.PAGE));
        accounts.callAs(TestUsers.ADMIN, () -> downloads.ofEnrolment(world.mentorEnrolmentId(), Format.PAGE));

        var export = accounts.callAs(world.mentorEmail(), () -> downloads.mine(Format.JSON));

        Set<String> exported = new HashSet<>();
        Set<String> types = new HashSet<>();
        Set<String> filled = new HashSet<>();
        for (var part : export.parts()) {
            for (var record : part.records()) {
                types.add(part.module() + ":" + record.type());
                record.fields().stream().filter(DataField::personal)
                        .forEach(f -> exported.add(part.module() + ":" + record.type() + "." + f.name()));
                record.fields().stream().filter(f -> f.personal() && (f.value() != null || f.held()))
                        .forEach(f -> filled.add(part.module() + ":" + record.type() + "." + f.name()));
            }
        }
        var map = register.entries().stream().map(e -> e.module() + ":" + e.type() + "." + e.field()).toList();
        assertThat(map).hasSizeGreaterThan(60);
        assertThat(types).as("a record of every stored type in the map")
                .containsAll(register.entries().stream().map(e -> e.module() + ":" + e.type()).toList());
        assertThat(exported).as("every marked field").containsAll(map);
        assertThat(filled).as("every marked field with its value (or, for a credential, said to be held)")
                .containsAll(map);

        var credentials = register.entries().stream().filter(e -> e.kind() == org.tandem.shared.PersonalData.Kind.CREDENTIAL)
                .map(e -> e.type() + "." + e.field()).collect(Collectors.toSet());
        assertThat(credentials).contains("UserAccount.passwordHash", "Invitation.tokenHash", "CalendarFeed.tokenHash",
                "ApiToken.tokenHash", "TotpFactor.secretEncrypted", "RecoveryCode.codeHash",
                "SurveyInvitation.tokenHash");
        for (var part : export.parts()) {
            for (var record : part.records()) {
                for (var field : record.fields()) {
                    if (credentials.contains(record.type() + "." + field.name())) {
                        assertThat(field.value()).as(record.type() + "." + field.name()).isNull();
                        assertThat(field.held()).as(record.type() + "." + field.name()).isTrue();
                    }
                }
            }
        }
        var json = JsonMapper.builder().build().writeValueAsString(export);
        assertThat(json).contains("Mentor wonders about the CV", "Sami", "Mila").doesNotContain("Mentee feels nervous")
                .doesNotContain(jdbc.queryForObject("select password_hash from user_account where email = ?",
                        String.class, world.mentorEmail()));
    }

    @Test
    void aPartnersPrivateNoteIsNeverInTheExportAndTheirOwnIs() {
        var world = duos.signedActive();
        meetingsWithNotes(world);

        var mentee = accounts.callAs(world.menteeEmail(), () -> downloads.mine(Format.JSON));
        var notes = texts(mentee, "PrivateNote");
        assertThat(notes).containsExactly("Mentee feels nervous");
        var mentor = accounts.callAs(world.mentorEmail(), () -> downloads.mine(Format.JSON));
        assertThat(texts(mentor, "PrivateNote")).containsExactly("Mentor wonders about the CV");
    }

    @Test
    void aCoordinatorGetsTheirProgrammesRecordsWithoutAccountMailsOrPrivateNotesAndOthersFindNothing() {
        var world = duos.signedActive();
        meetingsWithNotes(world);

        var coordinator = accounts.callAs(TestUsers.COORDINATOR,
                () -> downloads.ofEnrolment(world.mentorEnrolmentId(), Format.PAGE));
        assertThat(types(coordinator)).contains("Person", "Enrolment", "Duo", "Meeting")
                .doesNotContain("PrivateNote", "UserAccount", "OutboxMessage");
        var admin = accounts.callAs(TestUsers.ADMIN, () -> downloads.ofEnrolment(world.mentorEnrolmentId(),
                Format.JSON));
        assertThat(types(admin)).contains("Person", "Duo", "UserAccount", "PrivateNote");
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> downloads.ofEnrolment(world.mentorEnrolmentId(), Format.PAGE)))
                .isInstanceOf(NotFoundException.class);

        var logged = jdbc.queryForList("select requested_by, scope, format, subject_enrolment_id from privacy_download "
                + "order by id");
        assertThat(logged).extracting(r -> r.get("REQUESTED_BY") + "/" + r.get("SCOPE") + "/" + r.get("FORMAT"))
                .contains(TestUsers.COORDINATOR + "/COORDINATOR/PAGE", TestUsers.ADMIN + "/ADMIN/JSON");
    }

    @Test
    void pagesJsonAndApiAnswerThePersonAndTheAdminsLogShowsTheDownloads() throws Exception {
        var world = duos.signedActive();
        users.ensure();
        var mentor = user(userDetails.loadUserByUsername(world.mentorEmail()));
        mvc.perform(get("/me/data").with(mentor).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mila")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Agreement")));
        mvc.perform(get("/me/data.json").with(mentor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"module\":\"duo\"")));
        mvc.perform(get("/api/v1/participants/" + world.mentorEnrolmentId() + "/data").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/data").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(world.mentorEmail(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"held\":true")));
        mvc.perform(get("/participants/" + world.mentorEnrolmentId() + "/data")
                .with(user(userDetails.loadUserByUsername(TestUsers.OTHER_COORDINATOR))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/participants/" + world.mentorEnrolmentId() + "/data")
                .with(user(userDetails.loadUserByUsername(TestUsers.COORDINATOR))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/data-downloads").with(user(userDetails.loadUserByUsername(TestUsers.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(world.mentorEmail())));
        mvc.perform(get("/admin/data-downloads").with(user(userDetails.loadUserByUsername(TestUsers.COORDINATOR))))
                .andExpect(status().isForbidden());
    }

    private static List<String> types(DataExport export) {
        return export.parts().stream().flatMap(p -> p.records().stream()).map(DataRecord::type).toList();
    }

    private static List<String> texts(DataExport export, String type) {
        return export.parts().stream().flatMap(p -> p.records().stream()).filter(r -> r.type().equals(type))
                .map(r -> r.field("text").value()).toList();
    }

    private void meetingsWithNotes(DuoFixture.World world) {
        accounts.callAs(world.mentorEmail(), () -> meetings.record(world.duoId(), new MeetingEntry(LocalDate.now(),
                60, AgreedMode.ONLINE, List.of(), null, "We rewrote the CV", "Mentor wonders about the CV")));
        accounts.callAs(world.menteeEmail(), () -> meetings.record(world.duoId(), new MeetingEntry(
                LocalDate.now().minusDays(7), 30, AgreedMode.IN_PERSON, List.of(), null, null,
                "Mentee feels nervous")));
    }

    /** The mentor of a signed duo, with a row in every table of the personal-data map. */
    DuoFixture.World everywhere() {
        var w = duos.signedActive();
        meetingsWithNotes(w);
        long programme = w.programmeId();
        long enrolment = w.mentorEnrolmentId();
        long duo = w.duoId();
        String email = w.mentorEmail();
        long account = accounts.findByEmail(email).orElseThrow().id();
        long personId = jdbc.queryForObject("select person_id from enrolment where id = ?", Long.class, enrolment);
        var now = Timestamp.from(Instant.now());
        var at = LocalDateTime.now().minusDays(3).withNano(0);
        long id = 9_000_000;
        // participant: a withdrawn consent and the sensitive record
        jdbc.update("update consent set withdrawn_at = ? where person_id = ?", now, personId);
        jdbc.update("update enrolment set education_sector = 'VO', gender = 'FEMALE', gender_preference = 'NONE', "
                + "reached_completed_at = ? where id = ?", now, enrolment);
        jdbc.update("update enrolment_status_change set reason = 'Strong motivation' where enrolment_id = ?",
                enrolment);
        jdbc.update("insert into sensitive_record (id, version, person_id, programme_id, country_of_birth, "
                + "migration_background, recorded_at) values (?, 0, ?, ?, 'MA', 'FIRST_GENERATION', ?)", ++id,
                personId, programme, now);
        // duo: paused and ended with reasons, a stage, an outcome, a follow-up
        jdbc.update("update duo set pause_reason = 'Illness', end_reason = 'WITHDRAWN', end_note = 'Went well' where id = ?",
                duo);
        jdbc.update("insert into duo_stage_progress (id, version, duo_id, stage_id, reached_on, note, skipped, "
                + "skip_reason, recorded_by, recorded_at) values (?, 0, ?, 1, ?, 'First lesson', false, 'Done before', ?, ?)",
                ++id, duo, LocalDate.now(), TestUsers.COORDINATOR, now);
        jdbc.update("insert into duo_outcome (id, version, duo_id, moment, kind, education_sector, note, recorded_by, "
                + "recorded_at) values (?, 0, ?, 'AT_END', 'JOB', 'VO', 'Teacher now', ?, ?)", ++id, duo,
                TestUsers.COORDINATOR, now);
        jdbc.update("insert into duo_follow_up (id, version, duo_id, signal, occurrence, kind, note, recorded_by, "
                + "recorded_at) values (?, 0, ?, 'NO_MEETING', 'x', 'CALL', 'Called them', ?, ?)", ++id, duo,
                TestUsers.COORDINATOR, now);
        // activity: training, workshop, intervision (member and facilitator), contact moment, calendar feed
        jdbc.update("insert into training_path (programme_id, version) values (?, 0)", programme);
        long module = ++id;
        jdbc.update("insert into training_module (id, programme_id, position, name, required, kind) values "
                + "(?, ?, 0, 'Basics', true, 'SESSION')", module, programme);
        long session = ++id;
        jdbc.update("insert into training_session (id, version, module_id, programme_id, starts_at, ends_at, place, "
                + "capacity) values (?, 0, ?, ?, ?, ?, 'Library', 10)", session, module, programme, at, at.plusHours(2));
        jdbc.update("insert into training_attendance (session_id, enrolment_id) values (?, ?)", session, enrolment);
        jdbc.update("insert into training_completion (id, module_id, enrolment_id, completed_at, completed_by) "
                + "values (?, ?, ?, ?, ?)", ++id, module, enrolment, now, TestUsers.COORDINATOR);
        jdbc.update("insert into training_result (enrolment_id, programme_id, trained_at) values (?, ?, ?)",
                enrolment, programme, now);
        long workshop = ++id;
        jdbc.update("insert into workshop (id, version, programme_id, title, theme, audience, starts_at, ends_at, "
                + "capacity, cancel_hours_before, cancelled) values (?, 0, ?, 'CV clinic', 'cv', 'BOTH', ?, ?, 10, 0, "
                + "false)", workshop, programme, at, at.plusHours(2));
        jdbc.update("insert into workshop_registration (id, version, workshop_id, enrolment_id, account_id, "
                + "account_name, status, registered_at, attended, walk_in) values (?, 0, ?, ?, ?, 'Mila Mentor', "
                + "'REGISTERED', ?, true, false)", ++id, workshop, enrolment, account, now);
        long group = ++id;
        jdbc.update("insert into intervision_group (id, version, programme_id, name, facilitator_name, "
                + "facilitator_email, facilitator_account_id) values (?, 0, ?, 'Groep Rotterdam', 'Mila Mentor', ?, ?)",
                group, programme, email, account);
        jdbc.update("insert into intervision_member (group_id, programme_id, enrolment_id) values (?, ?, ?)", group,
                programme, enrolment);
        jdbc.update("insert into intervision_session (id, version, group_id, programme_id, starts_at, ends_at, "
                + "cancelled, note, recorded_by, recorded_at) values (?, 0, ?, ?, ?, ?, false, 'Good talk', ?, ?)",
                ++id, group, programme, at, at.plusHours(2), email, now);
        long employer = ++id;
        jdbc.update("insert into employer (id, version, name, natural_key, sector, heavy_profession, size_band, country, "
                + "city, notes, created_at) values (?, 0, 'Zorg BV', 'zorg-bv-privacy', 'CONSTRUCTION', false, 'MICRO', "
                + "'NL', 'Rotterdam', 'Keen to help', ?)", employer, now);
        jdbc.update("insert into employer_contact (employer_id, position, name, email, phone, role, user_id) values "
                + "(?, 0, 'Mila Mentor', ?, '+31 6 1111 2222', 'HR', ?)", employer, email, account);
        long recruitment = ++id;
        jdbc.update("insert into recruitment (id, version, employer_id, programme_id, stage, pledged_mentors, "
                + "hours_per_month, decline_reason) values (?, 0, ?, ?, 'PROSPECT', 2, 4, 'Not now')", recruitment,
                employer, programme);
        jdbc.update("insert into recruitment_step (recruitment_id, position, stage, changed_at, changed_by, reason) "
                + "values (?, 0, 'PROSPECT', ?, ?, 'First call')", recruitment, now, TestUsers.COORDINATOR);
        jdbc.update("insert into contact_plan (programme_id, version) values (?, 0)", programme);
        jdbc.update("insert into contact_moment (id, version, programme_id, employer_id, mentor_enrolment_id, "
                + "contact_account_id, state, starts_at, ends_at, note) values (?, 0, ?, ?, ?, ?, 'HELD', ?, ?, "
                + "'Talked about hours')", ++id, programme, employer, enrolment, account, at, at.plusHours(1));
        jdbc.update("insert into calendar_feed (account_id, version, token_hash, created_at) values (?, 0, 'h', ?)",
                account, now);
        // evaluation: an invitation and the answers given through it
        long questionnaire = ++id;
        jdbc.update("insert into questionnaire (id, version, programme_id, family, number, name, origin, frozen, "
                + "definition, created_at) values (?, 0, ?, 'fam-privacy', 1, 'Start', 'PROGRAMME_MADE', true, '{}', ?)",
                questionnaire, programme, now);
        long wave = ++id;
        jdbc.update("insert into survey_wave (id, version, programme_id, cohort_id, questionnaire_id, name, role, kind, "
                + "purpose, anonymous, status, created_at) values (?, 0, ?, ?, ?, 'Baseline', 'MENTOR', 'BASELINE', "
                + "'FEEDBACK', false, 'OPEN', ?)", wave, programme, w.cohortId(), questionnaire, now);
        jdbc.update("insert into survey_invitation (id, version, wave_id, invitee, response_key, token_hash, language, "
                + "opens_on, expires_at, reminders) values (?, 0, ?, ?, 'key-privacy', 'hash', 'NL', ?, ?, 0)", ++id,
                wave, "enrolment:" + enrolment, LocalDate.now(), now);
        jdbc.update("insert into survey_response (id, version, wave_id, respondent_key, status, answers, started_at) "
                + "values (?, 0, ?, 'key-privacy', 'SUBMITTED', '{\"q1\":4}', ?)", ++id, wave, now);
        // matching: a pair with the mentor, chosen by hand, and a decision about it
        long run = ++id;
        jdbc.update("insert into matching_run (id, version, programme_id, cohort_id, created_at, created_by, "
                + "profile_snapshot, mentor_ids, mentee_ids, unmatched) values (?, 0, ?, ?, ?, ?, '{}', ?, ?, '[]')",
                run, programme, w.cohortId(), now, TestUsers.COORDINATOR, "" + enrolment, "" + w.menteeEnrolmentId());
        jdbc.update("insert into matching_run_pair (run_id, mentor_id, mentee_id, score, origin, breakdown, "
                + "alternatives, override_reason) values (?, ?, ?, 80, 'MANUAL', '{}', '[]', 'Same city')", run,
                enrolment, w.menteeEnrolmentId());
        jdbc.update("insert into matching_run_decision (run_id, kind, mentor_id, mentee_id, decided_at, reason) values "
                + "(?, 'LOCK', ?, ?, ?, 'Good fit')", run, enrolment, w.menteeEnrolmentId(), now);
        // reporting and research: a funder report they wrote and an export they made
        jdbc.update("insert into funder_report (id, version, programme_id, period_from, period_until, language, "
                + "author_id, author_name, created_at, coordinator_text, pdf, pdf_size) values (?, 0, ?, ?, ?, 'nl', ?, "
                + "'Mila Mentor', ?, '# Year one', ?, 3)", ++id, programme, LocalDate.now().minusYears(1),
                LocalDate.now(), account, now, new byte[] {1, 2, 3});
        long project = ++id;
        jdbc.update("insert into research_project (id, version, programme_id, name, salt, created_by, created_at) "
                + "values (?, 0, ?, 'Study', 'salt', ?, ?)", project, programme, account, now);
        jdbc.update("insert into research_export (id, project_id, programme_id, account_id, account_name, exported_at, "
                + "format, people, row_count, suppressed) values (?, ?, ?, ?, 'Mila Mentor', ?, 'ZIP', 5, 10, 0)", ++id,
                project, programme, account, now);
        jdbc.update("insert into api_token (id, version, account_id, name, token_hash, scope, created_at, expires_at) "
                + "values (?, 0, ?, 'Export script', 'token-hash-privacy', 'READ_ONLY', ?, ?)", ++id, account, now, now);
        // their second factors: an authenticator app, a recovery code and a passkey
        jdbc.update("insert into totp_factor (id, version, account_id, secret_encrypted, last_used_step, created_at) "
                + "values (?, 0, ?, 'sealed-secret', 0, ?)", ++id, account, now);
        jdbc.update("insert into recovery_code (id, version, account_id, code_hash, created_at) "
                + "values (?, 0, ?, 'recovery-hash-privacy', ?)", ++id, account, now);
        jdbc.update("insert into user_entities (id, name, display_name) values ('privacy-user', ?, 'Mila Mentor')",
                email);
        jdbc.update("insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, "
                + "uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type, backup_state, "
                + "created, last_used, label) values ('privacy-key', 'privacy-user', ?, 0, true, false, 'internal', "
                + "'public-key', false, ?, ?, 'Phone')", new byte[] {1, 2, 3},
                now, now);
        // account and notification: an invitation to their address and a mail
        jdbc.update("insert into invitation (id, version, email, display_name, language, token_hash, created_at, "
                + "expires_at) values (?, 0, ?, 'Mila Mentor', 'NL', 'invitation-hash', ?, ?)", ++id, email, now, now);
        jdbc.update("insert into outbox_message (id, version, recipient, recipient_name, language, subject, body, "
                + "status, attempts, created_at) values (?, 0, ?, 'Mila Mentor', 'NL', 'Welcome', 'Hello Mila', "
                + "'SENT', 1, ?)", ++id, email, now);
        jdbc.update("insert into password_reset (id, version, account_id, token_hash, created_at, expires_at) values "
                + "(?, 0, ?, 'reset-hash-privacy', ?, ?)", ++id, account, now, now);
        // audit: a sign-in of theirs, from an address
        jdbc.update("insert into audit_entry (id, occurred_at, action, actor_account_id, actor_display, "
                + "subject_account_id, subject_person_id, subject_enrolment_id, client_address) values "
                + "(?, ?, 'sign-in', ?, ?, ?, ?, ?, '192.0.2.7')", ++id, now, account, email, account, personId,
                enrolment);
        return w;
    }
}
