package org.tandem.notification;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails over SMTP, one transaction per mail, on one node at a time (ShedLock). Without
 * {@code spring.mail.host} it does nothing: the mails stay queued and readable in the outbox.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH = 50;

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String host;
    private final String from;

    OutboxSender(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${spring.mail.host:}") String host,
            @Value("${tandem.mail.from:tandem@localhost}") String from) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.host = host;
        this.from = from;
    }

    boolean enabled() {
        return host != null && !host.isBlank() && mailSender.getIfAvailable() != null;
    }

    /** Sends what is queued, oldest first, a batch per run. */
    @Scheduled(fixedDelayString = "${tandem.mail.poll-interval:30s}",
            initialDelayString = "${tandem.mail.poll-interval:30s}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
    public void sendQueued() {
        if (!enabled()) {
            return;
        }
        JavaMailSender sender = mailSender.getObject();
        int sent = 0;
        for (Long id : messages.findQueuedIds(Limit.of(BATCH))) {
            Boolean ok = transactions.execute(status -> send(sender, id));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} queued mail(s)", sent);
        }
    }

    private boolean send(JavaMailSender sender, long id) {
        var message = messages.findById(id).orElse(null);
        if (message == null || message.status() != MailStatus.QUEUED) {
            return false;
        }
        try {
            if (message.calendar() == null) {
                var mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(message.recipient());
                mail.setSubject(message.subject());
                mail.setText(message.body());
                sender.send(mail);
            } else {
                sender.send(withCalendar(sender.createMimeMessage(), message));
            }
            message.markSent(Instant.now(clock));
            return true;
        } catch (MailException | MessagingException | IllegalStateException e) {
            log.warn("Mail {} not sent (attempt {}): {}", id, message.attempts() + 1, e.toString());
            message.recordFailure(e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * multipart/mixed of (multipart/alternative of the text and the text/calendar part with its method, which mail
     * programs show as an invite with buttons) and the same calendar as an invite.ics attachment for the others.
     */
    MimeMessage withCalendar(MimeMessage mime, OutboxMessage message) throws MessagingException {
        var calendar = message.calendar();
        mime.setFrom(from);
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, message.recipient());
        mime.setSubject(message.subject(), "UTF-8");
        var text = new MimeBodyPart();
        text.setText(message.body(), "UTF-8");
        var invite = new MimeBodyPart();
        invite.setText(calendar.ics(), "UTF-8", "calendar");
        invite.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + calendar.method().name());
        var alternative = new MimeMultipart("alternative", text, invite);
        var alternativePart = new MimeBodyPart();
        alternativePart.setContent(alternative);
        var attachment = new MimeBodyPart();
        attachment.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                calendar.ics().getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/ics")));
        attachment.setDisposition(jakarta.mail.Part.ATTACHMENT);
        attachment.setFileName("invite.ics");
        mime.setContent(new MimeMultipart("mixed", alternativePart, attachment));
        mime.saveChanges();
        return mime;
    }
}
