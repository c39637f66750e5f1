package org.tandem.activity.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.InviteChanged;
import org.tandem.activity.calendar.InviteChanged.Change;
import org.tandem.activity.calendar.Invitee;
import org.tandem.participant.EnrolmentService;
import org.tandem.programme.Metric;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** Intervision through the services: who may be a member, sessions and their invites, attendance, records, access. */
@IntegrationTest
@RecordApplicationEvents
class IntervisionServiceTests {

    @Autowired
    IntervisionFixture fixture;

    @Autowired
    IntervisionService intervision;

    @Autowired
    IntervisionMetrics metrics;

    @Autowired
    IntervisionCalendar calendar;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEvents events;

    IntervisionFixture.World world;

    @BeforeEach
    void world() {
        users.ensure();
        world = fixture.world();
    }

    @Test
    void membersAreMentorsOfTheProgrammeInOneGroupAtMost() {
        var group = asCoordinator(() -> intervision.group(world.groupId()));
        assertThat(group.members()).extracting(GroupView.Member::enrolmentId)
                .containsExactlyInAnyOrder(world.mentor(), world.second(), world.third());
        assertThat(group.sizeAdvice()).isEqualTo("SMALL");
        assertThat(group.facilitatorEmail()).isEqualTo(world.facilitatorEmail());
        assertThat(group.facilitatorHasAccount()).isTrue();

        long other = asCoordinator(() -> intervision.createGroup(world.programmeId(),
                new GroupDetails("Groep online", null, null, "Olga", "olga@example.org", null)).id());
        assertThat(asCoordinator(() -> intervision.group(other)).facilitatorHasAccount()).isFalse();
        assertRefused(() -> intervision.addMember(other, world.second()), "enrolmentId",
                "intervision.member.otherGroup");
        assertRefused(() -> intervision.addMember(world.groupId(), world.second()), "enrolmentId",
                "intervision.member.already");
        assertRefused(() -> intervision.addMember(other, world.mentee()), "enrolmentId",
                "intervision.member.notMentor");
        var elsewhere = fixture.world();
        assertRefused(() -> intervision.addMember(other, elsewhere.loose()), "enrolmentId",
                "intervision.member.notMentor");
        asCoordinator(() -> {
            enrolments.withdraw(world.loose(), "found work");
            return null;
        });
        assertRefused(() -> intervision.addMember(other, world.loose()), "enrolmentId",
                "intervision.member.notMentor");
        assertThat(asCoordinator(() -> intervision.candidates(other))).extracting(Candidate::enrolmentId)
                .contains(world.mentor()).doesNotContain(world.loose(), world.mentee());

        long fourth = fixture.mentor(world.cohortId(), world.siteId());
        assertThat(asCoordinator(() -> intervision.addMember(world.groupId(), fourth)).sizeAdvice()).isNull();
        // another programme's coordinator finds none of it
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> intervision.addMember(world.groupId(), world.loose())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void sessionsAreAnnouncedToTheMembers_plannedChangedCancelled_joinedAndLeft() {
        var start = LocalDateTime.now().plusDays(10).withSecond(0).withNano(0);
        var planned = asCoordinator(() -> intervision.planSessions(world.groupId(),
                new SessionPlan(start, start.plusHours(2), "Wijkcentrum", null, 4, 3, null)));
        assertThat(planned).extracting(IntervisionSessionView::startsAt)
                .containsExactly(start, start.plusWeeks(4), start.plusWeeks(8));
        assertThat(invites(Change.REGISTERED)).hasSize(9)
                .allSatisfy(e -> assertThat(e.entry().uid()).matches("intervision-session-\\d+@tandem"))
                .extracting(InviteChanged::invitee).contains(Invitee.participant(world.mentor()));

        long first = planned.get(0).id();
        var changed = asCoordinator(() -> intervision.changeSession(first, new SessionPlan(start.plusHours(1),
                start.plusHours(3), null, "https://meet.example.org/groep", null, null, planned.get(0).version())));
        assertThat(changed.version()).isGreaterThan(planned.get(0).version());
        assertThat(invites(Change.UPDATED)).hasSize(3)
                .allSatisfy(e -> assertThat(e.entry().sequence()).isEqualTo(changed.version()));

        asCoordinator(() -> intervision.cancelSession(first, changed.version()));
        assertThat(invites(Change.CANCELLED)).hasSize(3).allSatisfy(e -> assertThat(e.entry().cancelled()).isTrue());
        assertRefused(() -> intervision.changeSession(first, fixture.plan(start.plusDays(1))), "startsAt",
                "intervision.session.cancelled");

        // a newcomer is invited to the two sessions still ahead; a leaver is told they are no longer theirs
        asCoordinator(() -> intervision.addMember(world.groupId(), world.loose()));
        assertThat(invites(Change.REGISTERED)).filteredOn(e -> e.invitee().enrolmentId() == world.loose())
                .hasSize(2);
        asCoordinator(() -> intervision.removeMember(world.groupId(), world.second()));
        assertThat(invites(Change.WITHDRAWN)).hasSize(2)
                .allSatisfy(e -> assertThat(e.invitee()).isEqualTo(Invitee.participant(world.second())));
        assertRefused(() -> intervision.removeMember(world.groupId(), world.second()), "enrolmentId",
                "intervision.member.notInGroup");
    }

    @Test
    void badSessionInputIsRefusedAtItsFieldAndNothingIsPlanned() {
        var start = LocalDateTime.now().plusDays(3).withNano(0);
        assertRefused(() -> intervision.planSessions(world.groupId(), fixture.plan(LocalDateTime.now().minusHours(1))),
                "startsAt", "intervision.session.past");
        assertRefused(() -> intervision.planSessions(world.groupId(),
                SessionPlan.once(start, start.minusMinutes(30), "Room", null)), "endsAt",
                "intervision.session.endBeforeStart");
        assertRefused(() -> intervision.planSessions(world.groupId(), SessionPlan.once(start, start.plusHours(1),
                " ", null)), "place", "intervision.session.where");
        assertRefused(() -> intervision.planSessions(world.groupId(), SessionPlan.once(start, start.plusHours(1),
                null, "meet.example.org")), "onlineLink", "intervision.session.link");
        assertRefused(() -> intervision.planSessions(world.groupId(), new SessionPlan(start, start.plusHours(1),
                "Room", null, 2, 40, null)), "times", "intervision.series.times");
        assertRefused(() -> intervision.planSessions(world.groupId(), new SessionPlan(start, start.plusHours(1),
                "Room", null, null, 3, null)), "everyWeeks", "intervision.series.every");
        assertThat(asCoordinator(() -> intervision.group(world.groupId())).sessions()).isEmpty();
        assertThat(invites(Change.REGISTERED)).isEmpty();
    }

    @Test
    void attendanceAndTheRecordAfterTheSessionBegan_byTheCoordinatorOrTheFacilitator_giveTheRate() {
        var start = LocalDateTime.now().plusDays(2).withNano(0);
        var sessions = asCoordinator(() -> intervision.planSessions(world.groupId(),
                new SessionPlan(start, start.plusHours(2), "Wijkcentrum", null, 2, 2, null)));
        long held = sessions.get(0).id();
        assertRefused(() -> intervision.recordAttendance(held, new Presence(Set.of(world.mentor()), null)),
                "present", "intervision.session.notYet");
        fixture.heldDaysAgo(held, 1);
        assertThat(metrics.measure(world.programmeId(), Metric.INTERVISION_ATTENDANCE_RATE)).isEmpty();

        assertRefused(() -> intervision.recordAttendance(held, new Presence(Set.of(world.loose()), null)), "present",
                "intervision.attendance.notMember");
        var recorded = accounts.callAs(world.facilitatorEmail(), () -> intervision.recordAttendance(held,
                new Presence(Set.of(world.mentor(), world.second()), null)));
        assertThat(recorded.attendance()).containsEntry(world.mentor(), true).containsEntry(world.second(), true)
                .containsEntry(world.third(), false);
        assertThat(metrics.measure(world.programmeId(), Metric.INTERVISION_ATTENDANCE_RATE).getAsDouble())
                .isEqualTo(66.7);

        // the record names no mentee of a member's duo (Sami Mentee is the mentor's mentee)
        assertRefused(() -> intervision.recordSession(held, new SessionRecord(Set.of(IntervisionTheme.JOB_SEARCH),
                null, "Hoe help je sami bij een sollicitatie?", null)), "note", "intervision.record.menteeName");
        assertRefused(() -> intervision.recordSession(held, new SessionRecord(Set.of(), "Mentee: gesprek", null,
                null)), "otherTheme", "intervision.record.menteeName");
        assertRefused(() -> intervision.recordSession(held, new SessionRecord(Set.of(), " ", "Goed gesprek", null)),
                "themes", "intervision.record.theme.required");
        var record = accounts.callAs(world.facilitatorEmail(), () -> intervision.recordSession(held,
                new SessionRecord(Set.of(IntervisionTheme.JOB_SEARCH, IntervisionTheme.BOUNDARIES), "Samenwerken",
                        "Goed gesprek over grenzen en solliciteren.", null)));
        assertThat(record.recordedBy()).isEqualTo(world.facilitatorEmail());
        assertThat(record.themes()).containsExactlyInAnyOrder(IntervisionTheme.JOB_SEARCH,
                IntervisionTheme.BOUNDARIES);

        // a member may look, not record; a mentor outside the group and another coordinator find nothing
        assertThatThrownBy(() -> accounts.callAs(world.mentorEmail(), () -> intervision.recordAttendance(held,
                new Presence(Set.of(), null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> intervision.session(held)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.MENTOR, () -> intervision.viewerOf(world.groupId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asCoordinator(() -> intervision.cancelSession(held, null)))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("intervision.session.begun"));
    }

    @Test
    void aMemberSeesTheirGroupByFirstNameWithTheirOwnAttendance_aMentorOutsideSeesNone() {
        var start = LocalDateTime.now().plusDays(2).withNano(0);
        var sessions = asCoordinator(() -> intervision.planSessions(world.groupId(),
                new SessionPlan(start, start.plusHours(2), "Wijkcentrum", null, 2, 2, null)));
        fixture.heldDaysAgo(sessions.get(0).id(), 3);
        asCoordinator(() -> intervision.recordAttendance(sessions.get(0).id(),
                new Presence(Set.of(world.second()), null)));

        var mine = accounts.callAs(world.mentorEmail(), () -> intervision.mine());
        assertThat(mine).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo(world.groupId());
            assertThat(g.members()).hasSize(3).allSatisfy(name -> assertThat(name).doesNotContain(" "));
            assertThat(g.past()).singleElement().satisfies(s -> assertThat(s.attended()).isFalse());
            assertThat(g.next().id()).isEqualTo(sessions.get(1).id());
        });
        assertThat(accounts.callAs(world.mentorEmail(), () -> intervision.viewerOf(world.groupId())))
                .isEqualTo(Viewer.MEMBER);
        assertThatThrownBy(() -> accounts.callAs(world.mentorEmail(), () -> intervision.group(world.groupId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.callAs(TestUsers.MENTOR, () -> intervision.mine())).isEmpty();
        assertThat(accounts.callAs(world.facilitatorEmail(), () -> intervision.facilitated()))
                .extracting(GroupView::id).containsExactly(world.groupId());

        // calendars: the member's sessions (absent at the first), the facilitator's through the e-mail address
        var from = LocalDate.now().minusDays(7);
        var to = LocalDate.now().plusDays(30);
        var memberEntries = calendar.forOwner(new CalendarOwner(1, world.mentorEmail(), Set.of(world.mentor())),
                from, to);
        assertThat(memberEntries).extracting(e -> e.participation())
                .containsExactly(Participation.ABSENT, Participation.MEMBER);
        var facilitatorEntries = calendar.forOwner(new CalendarOwner(2, world.facilitatorEmail(), Set.of()), from,
                to);
        assertThat(facilitatorEntries).hasSize(2)
                .allSatisfy(e -> assertThat(e.participation()).isEqualTo(Participation.PLANNED));
        assertThat(calendar.forOwner(new CalendarOwner(3, "nobody@example.org", Set.of(world.loose())), from, to))
                .isEmpty();
        assertThat(calendar.forProgramme(world.programmeId(), from, to)).hasSize(2);
        var entry = memberEntries.get(1);
        assertThat(calendar.owns(entry)).isTrue();
        assertThat(calendar.attendees(entry)).containsExactlyInAnyOrder(Invitee.participant(world.mentor()),
                Invitee.participant(world.second()), Invitee.participant(world.third()));
        assertThat(entry.zone().getId()).isEqualTo("Europe/Amsterdam");
    }

    @Test
    void aMentorWhoLeavesTheProgrammeLeavesTheGroup() {
        var start = LocalDateTime.now().plusDays(5).withNano(0);
        asCoordinator(() -> intervision.planSessions(world.groupId(), fixture.plan(start)));
        intervision.withdrawn(world.third());
        assertThat(asCoordinator(() -> intervision.group(world.groupId())).members())
                .extracting(GroupView.Member::enrolmentId).doesNotContain(world.third());
        assertThat(invites(Change.WITHDRAWN)).singleElement()
                .satisfies(e -> assertThat(e.invitee()).isEqualTo(Invitee.participant(world.third())));
    }

    private List<InviteChanged> invites(Change change) {
        return events.stream(InviteChanged.class).filter(e -> e.change() == change).toList();
    }

    private void assertRefused(Supplier<?> work, String field, String code) {
        assertThatThrownBy(() -> asCoordinator(work)).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return fixture.asCoordinator(work);
    }
}
