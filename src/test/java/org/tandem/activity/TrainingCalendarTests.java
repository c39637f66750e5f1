package org.tandem.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.activity.calendar.CalendarEntry;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.Calendars;
import org.tandem.activity.calendar.TestCalendarSource;

/** What a mentor's calendar and the programme's month show of the training. */
@IntegrationTest
@Import(TestCalendarSource.class)
class TrainingCalendarTests {

    @Autowired
    TrainingFixture fixture;

    @Autowired
    TrainingService training;

    @Autowired
    Calendars calendars;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    TrainingFixture.World world;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void world() {
        users.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
        from = LocalDate.now().minusMonths(1);
        to = LocalDate.now().plusMonths(2);
    }

    private java.util.List<CalendarEntry> of(long enrolmentId) {
        return calendars.forOwner(new CalendarOwner(99, "x@example.org", Set.of(enrolmentId)), from, to).stream()
                .filter(e -> e.kind() == org.tandem.activity.calendar.ActivityKind.TRAINING).toList();
    }

    @Test
    void aMentorSeesTheSessionsOfRequiredModulesStillToDo_thenTheOnesAttended() {
        long mentor = fixture.eligibleMentor(TestUsers.COORDINATOR, world);
        assertThat(of(mentor)).extracting(CalendarEntry::uid, CalendarEntry::participation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("training-session-" + world.basicsSession() + "@tandem",
                        Participation.PLANNED),
                org.assertj.core.groups.Tuple.tuple("training-session-" + world.conversationsSession() + "@tandem",
                        Participation.PLANNED));

        accounts.callAs(TestUsers.COORDINATOR,
                () -> training.recordAttendance(world.basicsSession(), new Attendance(Set.of(mentor), null)));
        var after = of(mentor);
        assertThat(after).extracting(CalendarEntry::participation)
                .containsExactly(Participation.ATTENDED, Participation.PLANNED);
        var attended = after.get(0);
        assertThat(attended.title()).isEqualTo("Training: Basics");
        assertThat(attended.location()).isEqualTo("Room 1");
        assertThat(attended.zone().getId()).isEqualTo("Europe/Amsterdam");
        assertThat(attended.sequence()).isPositive();
    }

    @Test
    void theProgrammesMonthHasEverySessionAndNobodyIsRemindedOfTraining() {
        var all = calendars.forProgramme(world.programmeId(), from, to).stream()
                .filter(e -> e.kind() == org.tandem.activity.calendar.ActivityKind.TRAINING).toList();
        assertThat(all).hasSize(3).allSatisfy(e -> {
            assertThat(e.participation()).isNull();
            assertThat(e.path()).startsWith("/training/sessions/");
            assertThat(calendars.attendees(e)).isEmpty();
        });
        assertThat(calendars.forProgramme(world.programmeId(), to.plusDays(1), to.plusMonths(1))).isEmpty();
    }
}
