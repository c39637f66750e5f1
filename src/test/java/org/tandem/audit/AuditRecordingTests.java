package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.CleanDatabase;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountChanged;
import org.tandem.account.AccountChanged.Change;
import org.tandem.account.AccountLocked;
import org.tandem.account.RecoveryCodeUsed;
import org.tandem.account.RecoveryCodesIssued;
import org.tandem.account.SecondFactorEnrolled;
import org.tandem.account.SecondFactorKind;
import org.tandem.account.SecondFactorRemoved;
import org.tandem.account.SecondFactorReset;
import org.tandem.participant.RetentionRan;
import org.tandem.participant.SensitiveDataBreakGlass;
import org.tandem.participant.SensitiveDataShown;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Erased;
import org.tandem.privacy.Eraser;
import org.tandem.privacy.PersonErased;
import org.tandem.privacy.PersonalDataDownloaded;
import org.tandem.privacy.Requester;
import org.tandem.research.ExportFormat;
import org.tandem.research.ResearchExported;

/**
 * The audit module records each kind of event: real sign-ins through the security chains, and the other modules'
 * events as they publish them, in their transaction (gone when it rolls back) or, from a read, in its own.
 */
@IntegrationTest
class AuditRecordingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditPersonalData personalData;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private List<Map<String, Object>> entries(String action) {
        return jdbc.queryForList("select * from audit_entry where action = ? order by id", action);
    }

    private void publishInTransaction(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    @CleanDatabase
    void aSignInIsRecordedWithWhoAndFromWhere() throws Exception {
        users.ensure();
        mvc.perform(formLogin().user(TestUsers.COORDINATOR).password(TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection());

        var signIns = entries("sign-in");
        assertThat(signIns).hasSize(1);
        assertThat(signIns.get(0)).containsEntry("actor_account_id", users.id(TestUsers.COORDINATOR))
                .containsEntry("actor_display", TestUsers.COORDINATOR)
                .containsEntry("subject_account_id", users.id(TestUsers.COORDINATOR))
                .containsEntry("detail", "form").containsEntry("client_address", "127.0.0.1");
    }

    @Test
    @CleanDatabase
    void aFailedSignInKeepsTheAddressTriedButNeverThePassword() throws Exception {
        users.ensure();
        String wrong = "wrong-password-" + System.nanoTime();
        mvc.perform(formLogin().user(TestUsers.MENTOR).password(wrong)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/programmes").with(httpBasic("nobody@test.tandem", wrong)))
                .andExpect(status().isUnauthorized());

        var failed = entries("sign-in.failed");
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0)).containsEntry("actor_display", TestUsers.MENTOR)
                .containsEntry("subject_account_id", users.id(TestUsers.MENTOR))
                .containsEntry("detail", "bad-credentials,form");
        assertThat(failed.get(0).get("actor_account_id")).isNull();
        assertThat(failed.get(1)).containsEntry("actor_display", "nobody@test.tandem")
                .containsEntry("detail", "bad-credentials,http-basic");
        assertThat(failed.get(1).get("subject_account_id")).isNull();
        assertThat(jdbc.queryForList("select * from audit_entry").toString()).doesNotContain(wrong);
    }

    @Test
    void aLockoutIsRecordedAgainstTheAccount() {
        events.publishEvent(new AccountLocked(TestUsers.MENTOR, "Mentor", "nl", "subject", "body"));

        assertThat(entries("account.locked")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("subject_account_id", users.id(TestUsers.MENTOR)));
    }

    @Test
    void readsOfSensitiveDataAreRecorded_theBreakGlassReasonIsNotKept() {
        long coordinator = users.id(TestUsers.COORDINATOR);
        long admin = users.id(TestUsers.ADMIN);
        publishInTransaction(new SensitiveDataShown(coordinator, 41, 42, 43));
        publishInTransaction(new SensitiveDataBreakGlass(admin, 51, 53, "Jan de Vries asked for help", Instant.now()));

        assertThat(entries("sensitive.read")).anySatisfy(e -> assertThat(e)
                .containsEntry("actor_account_id", coordinator).containsEntry("actor_display", TestUsers.COORDINATOR)
                .containsEntry("subject_enrolment_id", 41L).containsEntry("subject_person_id", 42L)
                .containsEntry("programme_id", 43L));
        assertThat(entries("sensitive.break-glass")).anySatisfy(e -> assertThat(e)
                .containsEntry("actor_account_id", admin).containsEntry("subject_enrolment_id", 51L)
                .containsEntry("programme_id", 53L));
        assertThat(jdbc.queryForList("select * from audit_entry").toString()).doesNotContain("Jan de Vries");
    }

    @Test
    void downloadsExportsAndAccountChangesAreRecorded() {
        long admin = users.id(TestUsers.ADMIN);
        long mentor = users.id(TestUsers.MENTOR);
        long researcher = users.id(TestUsers.RESEARCHER);
        publishInTransaction(new PersonalDataDownloaded(admin, Requester.Scope.ADMIN, Requester.Format.JSON, mentor,
                61L, Set.of(62L), 17, Instant.now()));
        publishInTransaction(new ResearchExported(researcher, 71, 72, ExportFormat.ZIP, true, 12, 340));
        for (Change change : Change.values()) {
            publishInTransaction(new AccountChanged(mentor, admin, change,
                    change == Change.PROGRAMME_ASSIGNED ? 81L : null, null));
        }

        assertThat(entries("subject-access.download")).anySatisfy(e -> assertThat(e)
                .containsEntry("actor_account_id", admin).containsEntry("subject_account_id", mentor)
                .containsEntry("subject_enrolment_id", 61L).containsEntry("subject_person_id", 62L)
                .containsEntry("detail", "scope=ADMIN,format=JSON,records=17"));
        assertThat(entries("research.export.sensitive")).anySatisfy(e -> assertThat(e)
                .containsEntry("actor_account_id", researcher).containsEntry("programme_id", 72L)
                .containsEntry("detail", "project=71,format=zip,people=12,rows=340"));
        assertThat(jdbc.queryForList("select action from audit_entry where subject_account_id = ? and action like "
                + "'account.%'", String.class, mentor)).contains("account.roles-changed",
                "account.programme-assigned", "account.programme-unassigned", "account.deactivated",
                "account.reactivated", "account.password-reset-forced", "account.password-reset-completed");
        assertThat(entries("account.programme-assigned")).anySatisfy(e -> assertThat(e)
                .containsEntry("programme_id", 81L));
    }

    @Test
    void erasuresAndRetentionRunsAreRecorded_andAnErasureTakesTheNameFromThePersonsOwnEntries() {
        long admin = users.id(TestUsers.ADMIN);
        long mentor = users.id(TestUsers.MENTOR);
        jdbc.update("insert into audit_entry (id, occurred_at, action, actor_display, subject_account_id, "
                + "client_address) values (990002, ?, 'sign-in.failed', ?, ?, '10.0.0.8')", Timestamp.from(Instant.now()),
                TestUsers.MENTOR.toUpperCase(), mentor);
        insert(990_001, Instant.now(), "sign-in", mentor, TestUsers.MENTOR, mentor);
        jdbc.update("update audit_entry set client_address = '10.0.0.9' where id = 990001");
        publishInTransaction(new PersonErased(7, Set.of(101L), Set.of(201L, 202L), mentor, Eraser.Basis.ADMIN,
                admin, TestUsers.ADMIN, "asked by mail", Instant.now()));
        publishInTransaction(new RetentionRan(3, 1, Instant.now()));
        publishInTransaction(new SecondFactorEnrolled(mentor, SecondFactorKind.TOTP, Instant.now()));
        publishInTransaction(new RecoveryCodesIssued(mentor, 10, Instant.now()));
        publishInTransaction(new RecoveryCodeUsed(mentor, 9, Instant.now()));
        publishInTransaction(new SecondFactorRemoved(mentor, SecondFactorKind.PASSKEY, Instant.now()));
        publishInTransaction(new SecondFactorReset(mentor, admin, "lost phone", Instant.now()));

        assertThat(entries("person.erased")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("actor_account_id", admin).containsEntry("subject_account_id", mentor)
                .containsEntry("subject_person_id", 101L)
                .containsEntry("detail", "basis=admin,erasure=7,people=1,enrolments=2"));
        assertThat(entries("mfa.enrolled")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("actor_account_id", mentor).containsEntry("detail", "factor=totp"));
        assertThat(entries("mfa.recovery-codes-issued")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("detail", "count=10"));
        assertThat(entries("mfa.recovery-code-used")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("detail", "remaining=9"));
        assertThat(entries("mfa.removed")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("detail", "factor=passkey"));
        assertThat(entries("mfa.reset")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("actor_account_id", admin).containsEntry("subject_account_id", mentor)
                .containsEntry("detail", "reason-length=10"));
        assertThat(entries("retention.run")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("detail", "erased=3,failed=1"));

        new TransactionTemplate(transactions).executeWithoutResult(status -> personalData.erase(
                new DataSubject(Set.of(101L), Set.of(), mentor, TestUsers.MENTOR)));
        assertThat(jdbc.queryForList("select actor_display from audit_entry where actor_account_id = ? "
                + "or lower(actor_display) = ?", String.class, mentor, TestUsers.MENTOR.toLowerCase()))
                .isNotEmpty().allSatisfy(display -> assertThat(display).isEqualTo(Erased.email("account", mentor)));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id in (990001, 990002) "
                + "and client_address is null", Long.class)).isEqualTo(2);
        // the entries themselves stay: the erasure stays provable
        assertThat(entries("person.erased")).hasSize(1);
    }

    @Test
    void anEntryIsLostWithTheTransactionThatPublishedIt_andAReadWritesItsOwn() {
        long admin = users.id(TestUsers.ADMIN);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new AccountChanged(users.id(TestUsers.MENTOR), admin, Change.DEACTIVATED, null,
                    "rolled-back"));
            status.setRollbackOnly();
        });
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> events.publishEvent(new SensitiveDataShown(admin, 91, 92, 93)));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail = 'rolled-back'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_enrolment_id = 91", Long.class))
                .isOne();
    }

    @Test
    @CleanDatabase
    void searchFiltersAndPagesNewestFirst_andThePurgeDeletesOnlyWhatIsPastRetention() {
        users.ensure();
        long admin = users.id(TestUsers.ADMIN);
        long mentor = users.id(TestUsers.MENTOR);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        insert(900_001, now.minus(800, ChronoUnit.DAYS), "sign-in", admin, TestUsers.ADMIN, null);
        insert(900_002, now.minus(3, ChronoUnit.DAYS), "sign-in", mentor, TestUsers.MENTOR, mentor);
        insert(900_003, now.minus(2, ChronoUnit.DAYS), "account.deactivated", admin, TestUsers.ADMIN, mentor);
        insert(900_004, now.minus(1, ChronoUnit.DAYS), "sign-in", admin, TestUsers.ADMIN, admin);

        var all = audit.search(new AuditFilter(null, null, null, null, null, null, null, 0, 2));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.entries()).extracting(AuditView::id).containsExactly(900_004L, 900_003L);
        assertThat(audit.search(new AuditFilter(null, null, null, null, null, null, null, 1, 2)).entries())
                .extracting(AuditView::id).containsExactly(900_002L, 900_001L);
        assertThat(audit.search(new AuditFilter(null, null, TestUsers.ADMIN, "sign-in", null, null, null, 0, 10))
                .entries()).extracting(AuditView::id).containsExactly(900_004L, 900_001L);
        assertThat(audit.search(new AuditFilter(null, null, "mentor@", null, null, null, null, 0, 10)).entries())
                .extracting(AuditView::id).containsExactly(900_002L);
        assertThat(audit.search(new AuditFilter(null, null, String.valueOf(admin), null, null, null, mentor, 0, 10))
                .entries()).extracting(AuditView::id).containsExactly(900_003L);
        LocalDate today = LocalDate.now(AuditLog.ZONE);
        assertThat(audit.search(new AuditFilter(today.minusDays(10), today, null, null, null, null, null, 0, 10))
                .total()).isEqualTo(3);

        assertThat(audit.purge()).as("older than P2Y").isEqualTo(1);
        assertThat(jdbc.queryForList("select id from audit_entry order by id", Long.class))
                .containsExactly(900_002L, 900_003L, 900_004L);
    }

    private void insert(long id, Instant at, String action, long actor, String actorName, Long subject) {
        jdbc.update("insert into audit_entry (id, occurred_at, action, actor_account_id, actor_display, "
                + "subject_account_id) values (?, ?, ?, ?, ?, ?)", id, Timestamp.from(at), action, actor, actorName,
                subject);
    }
}
