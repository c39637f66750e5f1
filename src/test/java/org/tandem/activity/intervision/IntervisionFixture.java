package org.tandem.activity.intervision;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.DuoFixture;
import org.tandem.participant.ParticipantFixture;

/**
 * A programme with a proposed duo (mentor Mila Mentor with an account, mentee Sami Mentee), three more mentors, and
 * a group in Rotterdam of the duo's mentor and two of the others, facilitated by someone with an account; the third
 * mentor is in no group. Import together with {@link ParticipantFixture} and {@link DuoFixture}.
 */
@TestComponent
public class IntervisionFixture {

    public record World(long programmeId, long cohortId, long siteId, long mentor, String mentorEmail, long mentee,
            long second, long third, long loose, String facilitatorEmail, long groupId) {
    }

    private final DuoFixture duos;
    private final ParticipantFixture participants;
    private final IntervisionService intervision;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    IntervisionFixture(DuoFixture duos, ParticipantFixture participants, IntervisionService intervision,
            AccountService accounts, JdbcTemplate jdbc) {
        this.duos = duos;
        this.participants = participants;
        this.intervision = intervision;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public World world() {
        var duo = duos.proposed();
        long second = mentor(duo.cohortId(), duo.siteId());
        long third = mentor(duo.cohortId(), duo.siteId());
        long loose = mentor(duo.cohortId(), duo.siteId());
        String facilitator = "facilitator." + UUID.randomUUID().toString().substring(0, 8) + "@test.tandem";
        accounts.create(new NewUser(facilitator, "Fenna Facilitator", TestUsers.PASSWORD, Set.of(Role.MENTOR)));
        long group = asCoordinator(() -> {
            long id = intervision.createGroup(duo.programmeId(), new GroupDetails("Groep Rotterdam", duo.siteId(),
                    null, "Fenna Facilitator", facilitator.toUpperCase(), null)).id();
            intervision.addMember(id, duo.mentorEnrolmentId());
            intervision.addMember(id, second);
            intervision.addMember(id, third);
            return id;
        });
        return new World(duo.programmeId(), duo.cohortId(), duo.siteId(), duo.mentorEnrolmentId(),
                duo.mentorEmail(), duo.menteeEnrolmentId(), second, third, loose, facilitator, group);
    }

    public long mentor(long cohortId, long siteId) {
        return participants.eligibleMentor(TestUsers.COORDINATOR, cohortId, siteId);
    }

    public static SessionPlan plan(LocalDateTime start) {
        return SessionPlan.once(start, start.plusHours(2), "Wijkcentrum", null);
    }

    /** A planned session as if it had been held {@code daysAgo} days ago (planning in the past is refused). */
    public void heldDaysAgo(long sessionId, int daysAgo) {
        var start = LocalDateTime.now().minusDays(daysAgo).withNano(0);
        jdbc.update("update intervision_session set starts_at = ?, ends_at = ? where id = ?", start,
                start.plusHours(2), sessionId);
    }

    public <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return accounts.callAs(TestUsers.COORDINATOR, work);
    }
}
