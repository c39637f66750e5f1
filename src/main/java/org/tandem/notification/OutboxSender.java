package org.tandem.notification;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        var mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.recipient());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            sender.send(mail);
            message.markSent(Instant.now(clock));
            return true;
        } catch (MailException | IllegalStateException e) {
            log.warn("Mail {} not sent (attempt {}): {}", id, message.attempts() + 1, e.toString());
            message.recordFailure(e.getClass().getSimpleName());
            return false;
        }
    }
}
