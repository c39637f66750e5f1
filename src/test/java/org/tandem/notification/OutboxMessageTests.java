package org.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxMessageTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static OutgoingMail mail(Long programmeId) {
        return new OutgoingMail("Someone@Example.org ", "Someone", "en", "Hello", "Body", programmeId, "reminder");
    }

    @Test
    void aNewMailIsQueued() {
        var message = new OutboxMessage(mail(null), NOW);
        assertThat(message.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(message.attempts()).isZero();
        assertThat(message.recipient()).isEqualTo("Someone@Example.org");
    }

    @Test
    void aSentMailRecordsWhenAndCannotBeSentAgain() {
        var message = new OutboxMessage(mail(null), NOW);
        message.markSent(NOW.plusSeconds(30));
        assertThat(message.status()).isEqualTo(MailStatus.SENT);
        assertThat(message.sentAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(message.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.recordFailure("X")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failuresAreCountedAndTheFifthGivesUp() {
        var message = new OutboxMessage(mail(null), NOW);
        for (int i = 1; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.recordFailure("MailSendException");
            assertThat(message.status()).isEqualTo(MailStatus.QUEUED);
            assertThat(message.attempts()).isEqualTo(i);
        }
        message.recordFailure("MailSendException");
        assertThat(message.status()).isEqualTo(MailStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(5);
        assertThat(message.lastError()).isEqualTo("MailSendException");
        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRetryAfterAFailureCanStillSucceed() {
        var message = new OutboxMessage(mail(null), NOW);
        message.recordFailure("MailSendException");
        message.markSent(NOW);
        assertThat(message.status()).isEqualTo(MailStatus.SENT);
        assertThat(message.lastError()).isNull();
        assertThat(message.attempts()).isEqualTo(2);
    }

    @Test
    void mailsWithoutAProgrammeAreForAdminsOnly() {
        assertThat(new OutboxMessage(mail(null), NOW).visibleTo(false, Set.of(1L))).isFalse();
        assertThat(new OutboxMessage(mail(null), NOW).visibleTo(true, Set.of())).isTrue();
        assertThat(new OutboxMessage(mail(1L), NOW).visibleTo(false, Set.of(1L))).isTrue();
        assertThat(new OutboxMessage(mail(2L), NOW).visibleTo(false, Set.of(1L))).isFalse();
    }

    @Test
    void aMailNeedsARecipientAndASubject() {
        assertThatThrownBy(() -> new OutgoingMail(" ", null, "nl", "S", "B", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OutgoingMail("a@b.c", null, java.util.Locale.FRENCH, "S", "B", null, null).language())
                .isEqualTo("fr");
    }
}
