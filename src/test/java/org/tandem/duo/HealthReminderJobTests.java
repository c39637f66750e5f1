package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.CleanDatabase;
import org.tandem.IntegrationTest;

/**
 * The daily reminders over every duo of the installation. Each test starts on an empty database, so that what it
 * counts is what the reminders did to its own duos.
 */
@IntegrationTest
class HealthReminderJobTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    HealthService health;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Instant day(long daysFromToday) {
        return LocalDate.now(clock).plusDays(daysFromToday).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    private int mails(String email) {
        return jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and kind = 'duo-reminder'",
                Integer.class, email);
    }

    private int allReminderMails() {
        return jdbc.queryForObject("select count(*) from outbox_message where kind = 'duo-reminder'", Integer.class);
    }

    private void moveBack(String column, long duoId, Duration ago) {
        jdbc.update("update duo set " + column + " = ? where id = ?", Timestamp.from(Instant.now(clock).minus(ago)),
                duoId);
    }

    @Test
    @CleanDatabase
    void theDailyJobRemindsEveryDuoThatNeedsItOnce() {
        var quiet = fixture.active();
        moveBack("activated_at", quiet.duoId(), Duration.ofDays(30));
        var unsigned = fixture.confirmed();
        moveBack("confirmed_at", unsigned.duoId(), Duration.ofDays(20));
        var healthy = fixture.active();
        var proposed = fixture.proposed();
        var job = new HealthReminderJob(health, clock);

        job.run();

        for (var world : java.util.List.of(quiet, unsigned)) {
            assertThat(mails(world.mentorEmail())).isEqualTo(1);
            assertThat(mails(world.menteeEmail())).isEqualTo(1);
        }
        for (var world : java.util.List.of(healthy, proposed)) {
            assertThat(mails(world.mentorEmail())).isZero();
            assertThat(mails(world.menteeEmail())).isZero();
        }
        assertThat(allReminderMails()).isEqualTo(4);

        job.run();
        assertThat(allReminderMails()).isEqualTo(4);
    }

    @Test
    @CleanDatabase
    void remindersGoToBothMembersAtMostOncePerSignalAWeek() {
        var world = fixture.active();
        assertThat(health.sendReminders(day(20))).isZero();
        assertThat(health.sendReminders(day(25))).isEqualTo(1);
        assertThat(health.sendReminders(day(27))).isZero();
        assertThat(health.sendReminders(day(31))).isZero();
        assertThat(mails(world.mentorEmail())).isEqualTo(1);
        assertThat(mails(world.menteeEmail())).isEqualTo(1);
        assertThat(health.sendReminders(day(32))).isEqualTo(1);
        assertThat(mails(world.mentorEmail())).isEqualTo(2);
        assertThat(mails(world.menteeEmail())).isEqualTo(2);
        assertThat(allReminderMails()).isEqualTo(4);
        String body = jdbc.queryForObject("select body from outbox_message where recipient = ? and kind = "
                + "'duo-reminder' order by id desc limit 1", String.class, world.menteeEmail());
        assertThat(body).contains("32").contains("Mila");
    }

    @Test
    @CleanDatabase
    void anUnsignedAgreementIsRemindedToo() {
        var world = fixture.confirmed();
        assertThat(health.sendReminders(day(13))).isZero();
        assertThat(health.sendReminders(day(14))).isEqualTo(1);
        assertThat(mails(world.menteeEmail())).isEqualTo(1);
        assertThat(mails(world.mentorEmail())).isEqualTo(1);
        assertThat(allReminderMails()).isEqualTo(2);
    }
}
