package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class MeetingServiceTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    private MeetingEntry form(String theme, String shared, String secret) {
        return new MeetingEntry(LocalDate.now(), 90, AgreedMode.ONLINE, List.of(theme), "cv, Linkedin, cv", shared,
                secret);
    }

    @Test
    void privateNotesReachOnlyTheirAuthorAndCoordinatorsGetNoNotesAtAll() {
        var world = fixture.signedActive();
        long id = world.duoId();
        String theme = as(world.mentorEmail(), () -> meetings.log(id)).themes().get(0);
        as(world.mentorEmail(), () -> meetings.record(id, form(theme, "We rewrote the CV", "Mentee seems tired")));
        as(world.menteeEmail(), () -> meetings.record(id, new MeetingEntry(LocalDate.now().minusDays(7), 30,
                AgreedMode.IN_PERSON, List.of(), null, null, "I was nervous")));

        var coordinator = as(TestUsers.COORDINATOR, () -> meetings.log(id));
        assertThat(coordinator.meetings()).hasSize(2)
                .allMatch(m -> m.sharedNotes() == null && m.privateNote() == null);
        assertThat(coordinator.meetings().get(0).topics()).containsExactly(theme);
        assertThat(coordinator.meetings().get(0).tags()).containsExactly("cv", "Linkedin");
        assertThat(coordinator.totals().meetings()).isEqualTo(2);
        assertThat(coordinator.totals().minutes()).isEqualTo(120);
        assertThat(coordinator.totals().hours()).isEqualTo(2.0);

        var mentee = as(world.menteeEmail(), () -> meetings.log(id));
        assertThat(mentee.meetings().get(0).sharedNotes()).isEqualTo("We rewrote the CV");
        assertThat(mentee.meetings().get(0).privateNote()).isNull();
        assertThat(mentee.meetings().get(0).mine()).isFalse();
        assertThat(mentee.meetings().get(1).privateNote()).isEqualTo("I was nervous");

        var mentor = as(world.mentorEmail(), () -> meetings.log(id));
        assertThat(mentor.meetings().get(0).privateNote()).isEqualTo("Mentee seems tired");
        assertThat(mentor.meetings().get(1).privateNote()).isNull();
        assertThat(mentor.totals().expected()).isZero();
    }

    @Test
    void theDuoKeepsTheTallyOfItsLogAsMeetingsAreLoggedAndDeleted() {
        var world = fixture.confirmed();
        long id = world.duoId();
        as(world.menteeEmail(), () -> meetings.record(id, entry(LocalDate.now().minusDays(7))));
        as(world.mentorEmail(), () -> meetings.record(id, entry(LocalDate.now())));
        assertThat(tally(id)).containsExactly(2, 0, LocalDate.now());
        fixture.activate(world);
        assertThat(tally(id)).as("the meeting of its first day counts since the start").containsExactly(2, 1,
                LocalDate.now());
        long today = as(world.menteeEmail(), () -> meetings.record(id, entry(LocalDate.now())));
        as(world.mentorEmail(), () -> meetings.record(id, entry(LocalDate.now().minusDays(3))));
        assertThat(tally(id)).containsExactly(4, 2, LocalDate.now());

        as(world.menteeEmail(), () -> { meetings.delete(id, today); return null; });
        assertThat(tally(id)).containsExactly(3, 1, LocalDate.now());
        long first = as(world.menteeEmail(), () -> meetings.log(id)).meetings().stream()
                .filter(m -> m.mine() && m.heldOn().equals(LocalDate.now().minusDays(7))).findFirst().orElseThrow()
                .id();
        as(world.menteeEmail(), () -> { meetings.delete(id, first); return null; });
        assertThat(tally(id)).containsExactly(2, 1, LocalDate.now());
        assertThat(tally(id).get(0)).isEqualTo(as(TestUsers.COORDINATOR, () -> meetings.log(id)).meetings().size());
    }

    @Test
    void bothMembersLoggingAtTheSameMomentAreBothCounted() throws Exception {
        var world = fixture.signedActive();
        long id = world.duoId();
        int each = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var mentor = pool.submit(() -> logMany(world.mentorEmail(), id, each));
            var mentee = pool.submit(() -> logMany(world.menteeEmail(), id, each));
            mentor.get();
            mentee.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(tally(id)).containsExactly(2 * each, 2 * each, LocalDate.now());
    }

    private Void logMany(String email, long duoId, int count) {
        for (int i = 0; i < count; i++) {
            as(email, () -> meetings.record(duoId, entry(LocalDate.now())));
        }
        return null;
    }

    private static MeetingEntry entry(LocalDate on) {
        return new MeetingEntry(on, 60, AgreedMode.ONLINE, List.of(), null, null, null);
    }

    private List<Object> tally(long duoId) {
        return jdbc.queryForObject("select meetings_logged, meetings_since_start, last_met_on from duo where id = ?",
                (rs, row) -> List.<Object>of(rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDate.class)), duoId);
    }

    @Test
    void refusalsNameTheirField() {
        var world = fixture.signedActive();
        long id = world.duoId();
        assertField(world, new MeetingEntry(null, 60, AgreedMode.ONLINE, null, null, null, null), "heldOn");
        assertField(world, new MeetingEntry(LocalDate.now().plusDays(1), 60, AgreedMode.ONLINE, null, null, null,
                null), "heldOn");
        assertField(world, new MeetingEntry(LocalDate.now(), 4, AgreedMode.ONLINE, null, null, null, null), "minutes");
        assertField(world, new MeetingEntry(LocalDate.now(), 601, AgreedMode.ONLINE, null, null, null, null),
                "minutes");
        assertField(world, new MeetingEntry(LocalDate.now(), 60, null, null, null, null, null), "mode");
        assertField(world, new MeetingEntry(LocalDate.now(), 60, AgreedMode.MIXED, List.of("not a theme"), null, null,
                null), "topics");
        assertThat(as(world.mentorEmail(), () -> meetings.log(id)).meetings()).isEmpty();
    }

    private void assertField(DuoFixture.World world, MeetingEntry form, String field) {
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> meetings.record(world.duoId(), form)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void onlyItsMembersLogAndStrangersDoNotFindTheLog() {
        var world = fixture.signedActive();
        var form = new MeetingEntry(LocalDate.now(), 60, AgreedMode.ONLINE, null, null, null, null);
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> meetings.record(world.duoId(), form)))
                .isInstanceOf(AccessDeniedException.class);
        var other = fixture.signedActive();
        assertThatThrownBy(() -> as(other.mentorEmail(), () -> meetings.log(world.duoId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.mentorEmail(), () -> meetings.record(world.duoId(), form)))
                .isInstanceOf(NotFoundException.class);
        var proposed = fixture.proposed();
        assertThatThrownBy(() -> as(proposed.menteeEmail(), () -> meetings.record(proposed.duoId(), form)))
                .hasMessage("meeting.state");
    }

    @Test
    void aMemberDeletesOnlyTheirOwnMeetingWithItsPrivateNote() {
        var world = fixture.signedActive();
        long id = world.duoId();
        long mine = as(world.mentorEmail(), () -> meetings.record(id, new MeetingEntry(LocalDate.now(), 60,
                AgreedMode.ONLINE, null, null, "shared", "secret")));
        assertThatThrownBy(() -> as(world.menteeEmail(), () -> { meetings.delete(id, mine); return null; }))
                .hasMessage("meeting.notYours");
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> { meetings.delete(id, mine); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        var other = fixture.signedActive();
        assertThatThrownBy(() -> as(other.mentorEmail(), () -> { meetings.delete(other.duoId(), mine); return null; }))
                .isInstanceOf(NotFoundException.class);
        as(world.mentorEmail(), () -> { meetings.delete(id, mine); return null; });
        assertThat(as(world.mentorEmail(), () -> meetings.log(id)).meetings()).isEmpty();
    }

    @Test
    void theTotalsCountWhatTheAgreedFrequencyExpectsSinceTheStart() {
        var world = fixture.signedActive();
        long id = world.duoId();
        jdbc.update("update duo set activated_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(57))), id);
        as(world.menteeEmail(), () -> meetings.record(id, new MeetingEntry(LocalDate.now(), 90, AgreedMode.ONLINE,
                null, null, null, null)));
        var totals = as(TestUsers.COORDINATOR, () -> meetings.log(id)).totals();
        assertThat(totals.meetings()).isEqualTo(1);
        assertThat(totals.hours()).isEqualTo(1.5);
        assertThat(totals.expected()).isEqualTo(8);
    }
}
