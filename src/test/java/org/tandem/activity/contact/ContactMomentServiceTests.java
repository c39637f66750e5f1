package org.tandem.activity.contact;

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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.InviteChanged;
import org.tandem.activity.calendar.Invitee;
import org.tandem.programme.Metric;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Contact moments through the services: who plans and records what, the invites, overdue employers first, the
 * metrics and the calendar entries.
 */
@IntegrationTest
@RecordApplicationEvents
class ContactMomentServiceTests {

    @Autowired
    ContactFixture fixture;

    @Autowired
    ContactMomentService contacts;

    @Autowired
    ContactProgress progress;

    @Autowired
    ContactMomentMetrics metrics;

    @Autowired
    ContactMomentCalendar calendar;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEvents events;

    ContactFixture.World world;

    @BeforeEach
    void world() {
        world = fixture.world();
    }

    static LocalDateTime inDays(int days) {
        return LocalDate.now().plusDays(days).atTime(10, 0);
    }

    @Test
    void anEmployerContactPlansMovesAndRecordsAMomentWithTheirEmployee_theMentorAndTheContactAreInvited() {
        var planned = as(world.contact(), () -> contacts.planMoment(ContactFixture.planning(world.mentor(), 0,
                inDays(5))));
        assertThat(planned.state()).isEqualTo(MomentState.PLANNED);
        assertThat(planned.stepName()).isNotBlank();
        long contactAccount = users.id(world.contact());
        assertThat(invites()).extracting(InviteChanged::invitee).containsExactlyInAnyOrder(
                Invitee.participant(world.mentor()), Invitee.account(contactAccount));
        assertThat(invites()).allSatisfy(i -> {
            assertThat(i.change()).isEqualTo(InviteChanged.Change.REGISTERED);
            assertThat(i.entry().uid()).isEqualTo("contact-moment-" + planned.id() + "@tandem");
        });
        long firstSequence = invites().get(0).entry().sequence();

        events.clear();
        as(world.contact(), () -> contacts.reschedule(planned.id(), new MomentPlanning(null, null, inDays(6),
                inDays(6).plusHours(1), null, "https://meet.example.org/x", planned.version())));
        assertThat(invites()).hasSize(2).allSatisfy(i -> {
            assertThat(i.change()).isEqualTo(InviteChanged.Change.UPDATED);
            assertThat(i.entry().sequence()).isGreaterThan(firstSequence);
            assertThat(i.entry().onlineLink()).isEqualTo("https://meet.example.org/x");
        });

        var held = as(world.contact(), () -> contacts.record(planned.id(), new MomentRecording(null, 0,
                LocalDate.now(), Set.of(Taker.MENTOR, Taker.EMPLOYER_CONTACT), "Teamleider",
                Set.of(Topic.ROLE_IN_COMPANY, Topic.WHAT_MENTOR_LEARNED), "Hij coacht nu ook collega's", null)));
        assertThat(held.state()).isEqualTo(MomentState.HELD);
        assertThat(held.topics()).containsExactlyInAnyOrder(Topic.ROLE_IN_COMPANY, Topic.WHAT_MENTOR_LEARNED);

        // the mentor sees it, read-only; the coordinator of the programme too
        assertThat(as(world.mentorEmail(), () -> contacts.moment(planned.id())).note())
                .isEqualTo("Hij coacht nu ook collega's");
        assertThat(as(world.mentorEmail(), () -> contacts.mayKeep(planned.id()))).isFalse();
        assertThat(as(world.mentorEmail(), () -> contacts.mine())).singleElement().satisfies(m -> {
            assertThat(m.enrolmentId()).isEqualTo(world.mentor());
            assertThat(m.steps().get(0).state()).isEqualTo(StepStatus.State.HELD);
        });
        assertThat(as(TestUsers.COORDINATOR, () -> contacts.moment(planned.id())).id()).isEqualTo(planned.id());
    }

    @Test
    void nobodyElseReachesAMoment_andAnEmployerContactOnlyTheirOwnEmployees() {
        var planned = as(TestUsers.COORDINATOR, () -> contacts.planMoment(ContactFixture.planning(world.mentor(),
                null, inDays(3))));
        for (String stranger : List.of(world.otherContact(), world.otherMentorEmail(), TestUsers.OTHER_COORDINATOR,
                TestUsers.MENTOR, TestUsers.RESEARCHER)) {
            assertThatThrownBy(() -> as(stranger, () -> contacts.moment(planned.id())))
                    .as(stranger).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(world.mentorEmail(), () -> contacts.cancel(planned.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> contacts.programme(world.programmeId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.contact(), () -> contacts.planMoment(ContactFixture.planning(
                world.otherMentor(), null, inDays(3)))))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("mentorEnrolmentId");
                    assertThat(e.code()).isEqualTo("contact.moment.mentor.notEmployee");
                });
        assertThatThrownBy(() -> as(TestUsers.RESEARCHER, () -> contacts.planMoment(ContactFixture.planning(
                world.mentor(), null, inDays(3))))).isInstanceOf(NotFoundException.class);

        var mine = as(world.contact(), () -> contacts.myEmployees());
        assertThat(mine).singleElement().satisfies(o -> assertThat(o.employers()).singleElement()
                .satisfies(e -> assertThat(e.mentors()).extracting(MentorMoments::enrolmentId)
                        .containsExactlyInAnyOrder(world.mentor(), world.mentorWithoutDuo())));
        assertThat(as(world.contact(), () -> contacts.mentorChoices(null))).extracting(c -> c.enrolmentId())
                .doesNotContain(world.otherMentor());
    }

    @Test
    void employersWithOverdueMomentsComeFirst_andTheListShrinksWhenOneIsRecorded() {
        LocalDate later = LocalDate.now().plusDays(20);
        var before = asCoordinator(() -> progress.overview(world.programmeId(), null, later));
        assertThat(before.overdue()).isEqualTo(2);
        assertThat(before.dueSoFar()).isEqualTo(2);
        assertThat(before.heldOfPlan()).isEqualTo(0.0);
        var withoutDuo = before.employers().stream().filter(e -> e.employerId() == world.employerId()).findFirst()
                .orElseThrow().mentors().stream().filter(m -> m.enrolmentId() == world.mentorWithoutDuo())
                .findFirst().orElseThrow();
        // without a duo the plan runs from the round's start (a month from now): nothing due yet
        assertThat(withoutDuo.duoStartedOn()).isNull();
        assertThat(withoutDuo.countedFrom()).isAfter(LocalDate.now());
        assertThat(withoutDuo.steps()).extracting(StepStatus::state).containsOnly(StepStatus.State.OPEN);
        assertThat(withoutDuo.steps().get(0).due()).isEqualTo(withoutDuo.countedFrom().plusDays(14));

        as(world.contact(), () -> contacts.recordHeld(new MomentRecording(world.mentor(), 0, LocalDate.now(),
                Set.of(Taker.MENTOR), null, Set.of(Topic.WHAT_EMPLOYER_SEES), null, null)));
        var after = asCoordinator(() -> progress.overview(world.programmeId(), null, later));
        assertThat(after.overdue()).isEqualTo(1);
        assertThat(after.employers().get(0).employerId()).isEqualTo(world.otherEmployerId());
        assertThat(after.employers().get(0).overdue()).isEqualTo(1);
        assertThat(after.heldOfPlan()).isEqualTo(50.0);

        // today nothing is due yet (the start step is two weeks in); one held moment, three released mentors
        assertThat(metrics.measure(world.programmeId(), Metric.CONTACT_MOMENTS_HELD_OF_PLAN)).isEmpty();
        assertThat(metrics.measure(world.programmeId(), Metric.CONTACT_MOMENTS_PER_RELEASED_MENTOR).getAsDouble())
                .isEqualTo(0.33);

        assertThatThrownBy(() -> as(world.contact(), () -> contacts.recordHeld(new MomentRecording(world.mentor(),
                0, LocalDate.now(), Set.of(Taker.MENTOR), null, Set.of(Topic.WHAT_EMPLOYER_SEES), null, null))))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("contact.moment.step.held"));
    }

    @Test
    void thePlanIsTheDefaultUntilSaved_aStepInUseStays() {
        var plan = asCoordinator(() -> contacts.plan(world.programmeId()));
        assertThat(plan.saved()).isFalse();
        assertThat(plan.steps()).extracting(PlanView.Step::dueAfterDays).containsExactly(14, 91, 182);
        as(world.contact(), () -> contacts.planMoment(ContactFixture.planning(world.mentor(), 2, inDays(4))));
        assertThatThrownBy(() -> asCoordinator(() -> contacts.definePlan(world.programmeId(), new PlanDefinition(
                List.of(new PlanDefinition.StepLine("Start", 7), new PlanDefinition.StepLine("End", 100)), null))))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("contact.plan.stepInUse"));
        var saved = asCoordinator(() -> contacts.definePlan(world.programmeId(), new PlanDefinition(List.of(
                new PlanDefinition.StepLine("Start", 7), new PlanDefinition.StepLine("Half", 60),
                new PlanDefinition.StepLine("End", 120), new PlanDefinition.StepLine("After", 200)), null)));
        assertThat(saved.saved()).isTrue();
        assertThat(as(world.contact(), () -> contacts.steps(world.programmeId()))).hasSize(4);
        assertThatThrownBy(() -> as(world.otherMentorEmail(), () -> contacts.steps(world.programmeId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void plannedMomentsAreInTheMentorsAndTheContactsCalendars_aCancelledOneHasNoAttendees() {
        var planned = as(world.contact(), () -> contacts.planMoment(ContactFixture.planning(world.mentor(), 0,
                inDays(2))));
        var from = LocalDate.now();
        var to = from.plusDays(7);
        var mentorEntries = calendar.forOwner(new CalendarOwner(users.id(world.mentorEmail()), world.mentorEmail(),
                Set.of(world.mentor())), from, to);
        assertThat(mentorEntries).singleElement().satisfies(e -> {
            assertThat(e.uid()).isEqualTo("contact-moment-" + planned.id() + "@tandem");
            assertThat(e.participation()).isEqualTo(org.tandem.activity.calendar.CalendarEntry.Participation.PLANNED);
            assertThat(e.location()).isEqualTo("Kantine");
            assertThat(calendar.owns(e)).isTrue();
            assertThat(calendar.attendees(e)).containsExactlyInAnyOrder(Invitee.participant(world.mentor()),
                    Invitee.account(users.id(world.contact())));
        });
        var contactEntries = calendar.forOwner(new CalendarOwner(users.id(world.contact()), world.contact(),
                Set.of()), from, to);
        assertThat(contactEntries).extracting(e -> e.uid()).containsExactly(mentorEntries.get(0).uid());
        assertThat(calendar.forOwner(new CalendarOwner(users.id(world.otherContact()), world.otherContact(),
                Set.of()), from, to)).isEmpty();
        assertThat(calendar.forProgramme(world.programmeId(), from, to)).hasSize(1);
        assertThat(calendar.forOwner(new CalendarOwner(users.id(world.mentorEmail()), world.mentorEmail(),
                Set.of(world.mentor())), to.plusDays(1), to.plusDays(30))).isEmpty();

        events.clear();
        as(world.contact(), () -> contacts.cancel(planned.id(), planned.version()));
        assertThat(invites()).hasSize(2).allSatisfy(i -> {
            assertThat(i.change()).isEqualTo(InviteChanged.Change.CANCELLED);
            assertThat(i.entry().cancelled()).isTrue();
        });
        assertThat(calendar.attendees(mentorEntries.get(0))).isEmpty();
    }

    private List<InviteChanged> invites() {
        return events.stream(InviteChanged.class).toList();
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return as(TestUsers.COORDINATOR, work);
    }

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }
}
