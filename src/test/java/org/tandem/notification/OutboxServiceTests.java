package org.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeDetails;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.MeetingFrequency;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class OutboxServiceTests {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxMessageRepository repository;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private long programmeOf(String coordinator) {
        return as(coordinator, () -> programmes.create(new ProgrammeDetails("Outbox " + UUID.randomUUID(), null,
                ProgrammeKind.OTHER, java.util.Set.of(Language.NL), 6, MeetingFrequency.WEEKLY, null, null)));
    }

    private static OutgoingMail mail(String subject, Long programmeId) {
        return new OutgoingMail("someone@example.org", "Someone", "nl", subject, "Beste Someone,\n\nTot ziens.",
                programmeId, "reminder");
    }

    @Test
    void coordinatorsSeeTheMailsOfTheirProgrammesOnlyAndAdminsSeeAll() {
        long x = programmeOf(TestUsers.COORDINATOR);
        long y = programmeOf(TestUsers.OTHER_COORDINATOR);
        String tag = UUID.randomUUID().toString();
        long forX = outbox.enqueue(mail("X " + tag, x));
        long forY = outbox.enqueue(mail("Y " + tag, y));
        long adminOnly = outbox.enqueue(mail("Admin " + tag, null));

        assertThat(as(TestUsers.COORDINATOR, outbox::list)).extracting(OutboxEntry::id)
                .contains(forX).doesNotContain(forY, adminOnly);
        assertThat(as(TestUsers.OTHER_COORDINATOR, outbox::list)).extracting(OutboxEntry::id)
                .contains(forY).doesNotContain(forX, adminOnly);
        assertThat(as(TestUsers.ADMIN, outbox::list)).extracting(OutboxEntry::id).contains(forX, forY, adminOnly);
        assertThat(as(TestUsers.MENTOR, outbox::list)).isEmpty();

        var detail = as(TestUsers.COORDINATOR, () -> outbox.get(forX));
        assertThat(detail.body()).contains("Tot ziens");
        assertThat(detail.status()).isEqualTo(MailStatus.QUEUED);
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> outbox.get(forY)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> outbox.get(adminOnly)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRolledBackTransactionLeavesNoMail() {
        long before = repository.count();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.enqueue(mail("Never", null));
            status.setRollbackOnly();
        });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void withoutAMailHostNothingIsSent() {
        long id = outbox.enqueue(mail("Stays queued", null));
        assertThat(sender.enabled()).isFalse();
        sender.sendQueued();
        var message = repository.findById(id).orElseThrow();
        assertThat(message.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(message.attempts()).isZero();
    }

    @Test
    void theOutboxPageAndApiAreScopedAndClosedToMentors() throws Exception {
        long x = programmeOf(TestUsers.COORDINATOR);
        long y = programmeOf(TestUsers.OTHER_COORDINATOR);
        String tag = UUID.randomUUID().toString();
        long forX = outbox.enqueue(mail("Page X " + tag, x));
        outbox.enqueue(mail("Page Y " + tag, y));

        mvc.perform(get("/outbox").with(user(userDetails.loadUserByUsername(TestUsers.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page X " + tag)))
                .andExpect(content().string(not(containsString("Page Y " + tag))));
        mvc.perform(get("/outbox/{id}", forX).with(user(userDetails.loadUserByUsername(TestUsers.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tot ziens")));
        mvc.perform(get("/outbox/{id}", forX).with(user(userDetails.loadUserByUsername(TestUsers.OTHER_COORDINATOR))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/outbox").with(user(userDetails.loadUserByUsername(TestUsers.MENTOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/outbox").with(httpBasic(TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].subject", hasItem("Page X " + tag)))
                .andExpect(jsonPath("$[*].subject", not(hasItem("Page Y " + tag))));
        mvc.perform(get("/api/v1/outbox/{id}", forX).with(httpBasic(TestUsers.OTHER_COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/outbox").with(httpBasic(TestUsers.MENTOR, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
