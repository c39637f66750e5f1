package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class HealthServiceTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    HealthService health;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private ZoneId zone() {
        return clock.getZone();
    }

    private Instant day(long daysFromToday) {
        return LocalDate.now(clock).plusDays(daysFromToday).atTime(12, 0).atZone(zone()).toInstant();
    }

    private void meeting(long duoId, LocalDate on) {
        jdbc.update("""
                insert into duo_meeting (id, version, duo_id, held_on, minutes, mode, topics, tags, logged_by,
                                         logged_by_side, logged_at)
                values (?, 0, ?, ?, 60, 'IN_PERSON', '', '', 'test', 'MENTOR', ?)""",
                ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L), duoId, on,
                java.sql.Timestamp.from(Instant.now()));
        MeetingTallies.recount(jdbc);
    }

    private <T> T coordinator(java.util.function.Supplier<T> call) {
        return accounts.callAs(TestUsers.COORDINATOR, call);
    }

    private java.util.List<AtRiskDuo> atRisk(DuoFixture.World world, Instant now) {
        return coordinator(() -> health.atRisk(world.cohortId(), now));
    }

    @Test
    void aFollowUpClearsThisOccurrenceAndALaterOccurrenceShowsAgain() {
        var world = fixture.active();
        assertThat(atRisk(world, day(20))).isEmpty();
        var list = atRisk(world, day(30));
        assertThat(list).singleElement().satisfies(d -> {
            assertThat(d.duoId()).isEqualTo(world.duoId());
            assertThat(d.signals()).extracting(DuoSignal::signal).containsExactly(HealthSignal.NO_MEETING);
            assertThat(d.menteeName()).isNotBlank();
        });
        coordinator(() -> {
            health.followUp(world.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, FollowUpKind.CALL,
                    "busy with exams, meeting next week", null), day(30));
            return null;
        });
        assertThat(atRisk(world, day(30))).isEmpty();
        assertThat(atRisk(world, day(45))).isEmpty();

        meeting(world.duoId(), LocalDate.now(clock).plusDays(32));
        assertThat(atRisk(world, day(52))).isEmpty();
        var again = atRisk(world, day(53));
        assertThat(again).singleElement().satisfies(d -> assertThat(d.signals().get(0).occurrence())
                .isEqualTo(LocalDate.now(clock).plusDays(32).toString()));

        var history = coordinator(() -> health.health(world.duoId(), day(53)));
        assertThat(history.followUps()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FollowUpKind.CALL);
            assertThat(f.snoozedUntil()).isNull();
        });
        assertThat(history.signals()).extracting(DuoSignal::signal).containsExactly(HealthSignal.NO_MEETING);
    }

    @Test
    void aSnoozeHidesTheSignalUntilItsDate() {
        var world = fixture.active();
        LocalDate until = LocalDate.now(clock).plusDays(40);
        coordinator(() -> {
            health.followUp(world.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, FollowUpKind.VISIT, null,
                    until), day(30));
            return null;
        });
        assertThat(atRisk(world, day(39))).isEmpty();
        assertThat(atRisk(world, day(40))).singleElement()
                .satisfies(d -> assertThat(d.signals().get(0).signal()).isEqualTo(HealthSignal.NO_MEETING));
    }

    @Test
    void aFollowUpNeedsAnOpenSignalAKindAndASnoozeDateAhead() {
        var world = fixture.active();
        assertThatThrownBy(() -> coordinator(() -> {
            health.followUp(world.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, FollowUpKind.CALL, null, null),
                    day(5));
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("duo.followUp.signal.notActive");
        assertThatThrownBy(() -> coordinator(() -> {
            health.followUp(world.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, null, null, null), day(30));
            return null;
        })).isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> coordinator(() -> {
            health.followUp(world.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, FollowUpKind.NOTE, "x",
                    LocalDate.now(clock).plusDays(30)), day(30));
            return null;
        })).isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("snoozedUntil"));
        assertThatThrownBy(() -> accounts.callAs(world.mentorEmail(), () -> {
            health.followUp(world.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, FollowUpKind.CALL, null, null),
                    day(30));
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theListIsOrderedBySeverityThenHowFarPastTheThreshold() {
        var first = fixture.activate(fixture.confirm(fixture.proposed(ProgrammeKind.INTERGENERATIONAL, 2)));
        var second = fixture.activate(fixture.confirm(fixture.anotherMentee(first, 2)));
        assertThat(second.cohortId()).isEqualTo(first.cohortId());
        meeting(first.duoId(), LocalDate.now(clock).plusDays(5));
        var list = atRisk(first, day(30));
        assertThat(list).extracting(AtRiskDuo::duoId).containsExactly(second.duoId(), first.duoId());
        assertThat(list.get(0).signals().get(0).past()).isEqualTo(9);
        assertThat(list.get(1).signals().get(0).past()).isEqualTo(4);
    }

    @Test
    void membersSeeWhatNeedsDoingAndAnotherCoordinatorSeesNothing() {
        var world = fixture.active();
        var mine = accounts.callAs(world.menteeEmail(), () -> health.health(world.duoId(), day(23)));
        assertThat(mine.coordinator()).isFalse();
        assertThat(mine.signals()).extracting(DuoSignal::signal).containsExactly(HealthSignal.NO_MEETING);
        assertThat(mine.signals().get(0).value()).isEqualTo(23);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> health.health(world.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> health.atRisk(world.cohortId())))
                .isInstanceOf(NotFoundException.class);
        var other = fixture.active();
        assertThatThrownBy(() -> accounts.callAs(other.mentorEmail(), () -> health.health(world.duoId())))
                .isInstanceOf(NotFoundException.class);
    }
}
