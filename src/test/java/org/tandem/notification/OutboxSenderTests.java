package org.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.tandem.CleanDatabase;
import org.tandem.TestDatabase;

/** With a mail host configured, queued mails go out through the (here: fake) JavaMailSender. */
@SpringBootTest(properties = "spring.mail.host=smtp.test.invalid")
@CleanDatabase
@Import({TestDatabase.class, OutboxSenderTests.FakeMail.class})
class OutboxSenderTests {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxMessageRepository repository;

    @Autowired
    FakeMailSender mail;

    @BeforeEach
    void nothingSentYet() {
        mail.failing = false;
        mail.sent.clear();
    }

    @AfterEach
    void reset() {
        mail.failing = false;
    }

    private long enqueue() {
        return outbox.enqueue(new OutgoingMail("invitee@example.org", "Invitee", "fr",
                "Sujet " + UUID.randomUUID(), "Bonjour", null, "invitation"));
    }

    @Test
    void aQueuedMailIsSentOnce() {
        long id = enqueue();
        assertThat(sender.enabled()).isTrue();
        sender.sendQueued();
        var message = repository.findById(id).orElseThrow();
        assertThat(message.status()).isEqualTo(MailStatus.SENT);
        assertThat(message.sentAt()).isNotNull();
        assertThat(mail.sent).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo(message.subject());
            assertThat(m.getTo()).containsExactly("invitee@example.org");
            assertThat(m.getText()).isEqualTo("Bonjour");
        });
        sender.sendQueued();
        assertThat(mail.sent).hasSize(1);
    }

    @Test
    void failuresAreCountedAndTheMailGivesUpAfterFiveAttempts() {
        mail.failing = true;
        long id = enqueue();
        for (int attempt = 1; attempt <= 4; attempt++) {
            sender.sendQueued();
            var message = repository.findById(id).orElseThrow();
            assertThat(message.status()).isEqualTo(MailStatus.QUEUED);
            assertThat(message.attempts()).isEqualTo(attempt);
            assertThat(message.lastError()).isEqualTo("MailSendException");
        }
        sender.sendQueued();
        var failed = repository.findById(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(failed.lastError()).doesNotContain("smtp unreachable");
        mail.failing = false;
        sender.sendQueued();
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.sent).isEmpty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeMail {

        @Bean
        FakeMailSender fakeMailSender() {
            return new FakeMailSender();
        }
    }

    static class FakeMailSender implements JavaMailSender {

        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("smtp unreachable");
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessagePreparator... mimeMessagePreparators) {
            throw new UnsupportedOperationException();
        }
    }
}
