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
        mail.sentMime.clear();
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
    void aMailWithACalendarPartGoesOutAsTextWithAnInviteAlternativeAndAnInviteIcsAttachment() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n";
        long id = outbox.enqueue(new OutgoingMail("invitee@example.org", "Invitee", "nl", "Afgelast \u00e9", "Helaas",
                7L, "calendar", new CalendarPart(CalendarPart.Method.CANCEL, ics)));
        sender.sendQueued();
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.sent).isEmpty();
        var out = new java.io.ByteArrayOutputStream();
        mail.sentMime.get(0).writeTo(out);
        var read = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(read.getSubject()).isEqualTo("Afgelast \u00e9");
        var mixed = (jakarta.mail.Multipart) read.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        var alternative = (jakarta.mail.Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Helaas");
        var invite = alternative.getBodyPart(1);
        assertThat(invite.getContentType()).startsWith("text/calendar").contains("method=CANCEL");
        assertThat(new String(invite.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
        var attachment = mixed.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(attachment.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(new String(attachment.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
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
        final List<MimeMessage> sentMime = new CopyOnWriteArrayList<>();
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
            return new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            if (failing) {
                throw new MailSendException("smtp unreachable");
            }
            sentMime.addAll(List.of(mimeMessages));
        }

        @Override
        public void send(MimeMessagePreparator... mimeMessagePreparators) {
            throw new UnsupportedOperationException();
        }
    }
}
