package org.tandem.activity.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.activity.workshop.WorkshopFixture.inDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.CalendarOwner;
import org.tandem.activity.calendar.InviteChanged;
import org.tandem.activity.calendar.InviteChanged.Change;
import org.tandem.activity.calendar.Invitee;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.Metric;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Workshops through the services on the real database: the waiting list and its invites, two registrations racing
 * for the last place, who may see and register for what, changes and cancellations told to registrants, attendance,
 * no-shows, the metrics and the calendar entries.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkshopServiceTests {

    @Autowired
    WorkshopFixture fixture;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopRepository repository;

    @Autowired
    WorkshopMetrics metrics;

    @Autowired
    WorkshopCalendar calendar;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    ParticipantFixture.Setup setup;

    @BeforeEach
    void programme() {
        users.ensure();
        setup = fixture.programme();
    }

    @Test
    void aFullWorkshopPutsTheNextOnTheWaitingList_andACancellationGivesThemThePlace() {
        var workshop = fixture.plan(setup, inDays(10), 1, Audience.BOTH);
        var a = fixture.member(setup, ParticipantRole.MENTEE, "Alpha");
        var b = fixture.member(setup, ParticipantRole.MENTOR, "Bravo");
        var c = fixture.member(setup, ParticipantRole.MENTEE, "Charlie");
        events.clear();

        assertThat(as(a.email(), () -> workshops.register(workshop.id())).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        var waiting = as(b.email(), () -> workshops.register(workshop.id()));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(waiting.waitingPlace()).isEqualTo(1);
        assertThat(as(c.email(), () -> workshops.register(workshop.id())).waitingPlace()).isEqualTo(2);
        assertThat(invites()).extracting(i -> i.invitee().enrolmentId(), InviteChanged::change,
                i -> i.entry().waitingPlace())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.enrolmentId(), Change.REGISTERED, null),
                        org.assertj.core.groups.Tuple.tuple(b.enrolmentId(), Change.WAITLISTED, 1),
                        org.assertj.core.groups.Tuple.tuple(c.enrolmentId(), Change.WAITLISTED, 2));
        assertThat(invites().get(0).entry().uid()).isEqualTo("workshop-" + workshop.id() + "@tandem");
        events.clear();

        var cancelled = as(a.email(), () -> workshops.cancelMine(workshop.id()));
        assertThat(cancelled.status()).isNull();
        assertThat(cancelled.mayRegister()).isTrue();
        assertThat(invites()).extracting(i -> i.invitee().enrolmentId(), InviteChanged::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.enrolmentId(), Change.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple(b.enrolmentId(), Change.PROMOTED));
        assertThat(as(b.email(), () -> workshops.mine(workshop.id())).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(as(c.email(), () -> workshops.mine(workshop.id())).waitingPlace()).isEqualTo(1);

        var list = as(TestUsers.COORDINATOR, () -> workshops.registrants(workshop.id()));
        assertThat(list).extracting(RegistrantView::name, RegistrantView::status, RegistrantView::waitingPlace)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sam Bravo", RegistrationStatus.REGISTERED, null),
                        org.assertj.core.groups.Tuple.tuple("Sam Charlie", RegistrationStatus.WAITING, 1));
        // the calendar holds the place and the place in line
        var entries = calendar.forOwner(owner(c), LocalDate.now(), LocalDate.now().plusDays(30));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.participation()).isEqualTo(Participation.WAITING);
            assertThat(e.waitingPlace()).isEqualTo(1);
            assertThat(e.path()).isEqualTo("/workshops/" + workshop.id());
        });
        assertThat(calendar.attendees(entries.get(0))).containsExactly(Invitee.participant(b.enrolmentId()));
    }

    @Test
    void twoRegistrationsForTheLastPlaceAtTheSameTime_exactlyOneGetsIt() throws Exception {
        var a = fixture.member(setup, ParticipantRole.MENTEE, "Alpha");
        var b = fixture.member(setup, ParticipantRole.MENTEE, "Bravo");
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var workshop = fixture.plan(setup, inDays(10 + round), 1, Audience.MENTEES);
                var start = new CountDownLatch(1);
                List<Future<MyWorkshop>> results = new ArrayList<>();
                for (var member : List.of(a, b)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return as(member.email(), () -> workshops.register(workshop.id()));
                    }));
                }
                start.countDown();
                var statuses = new ArrayList<RegistrationStatus>();
                for (var result : results) {
                    statuses.add(result.get(30, TimeUnit.SECONDS).status());
                }
                assertThat(statuses).as("round " + round)
                        .containsExactlyInAnyOrder(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING);
                var stored = as(TestUsers.COORDINATOR, () -> workshops.workshop(workshop.id()));
                assertThat(stored.registered()).isEqualTo(1);
                assertThat(stored.waiting()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void participantsSeeOnlyWhatIsOpenToThem_andBadRegistrationsAreRefused() {
        var forMentors = fixture.plan(setup, inDays(5), 5, Audience.MENTORS);
        var mentee = fixture.member(setup, ParticipantRole.MENTEE, "Mentee");
        var mentor = fixture.member(setup, ParticipantRole.MENTOR, "Mentor");
        var elsewhere = fixture.programme();
        var stranger = fixture.member(elsewhere, ParticipantRole.MENTOR, "Stranger");

        assertThat(as(mentor.email(), () -> workshops.mine())).extracting(m -> m.workshop().id())
                .containsExactly(forMentors.id());
        assertThat(as(mentee.email(), () -> workshops.mine())).isEmpty();
        assertThatThrownBy(() -> as(mentee.email(), () -> workshops.register(forMentors.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger.email(), () -> workshops.mine(forMentors.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> workshops.workshop(forMentors.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR,
                () -> workshops.registerSomebody(forMentors.id(), mentor.enrolmentId())))
                .isInstanceOf(NotFoundException.class);

        // the coordinator: wrong role, somebody of another programme, twice
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR,
                () -> workshops.registerSomebody(forMentors.id(), mentee.enrolmentId())))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("enrolmentId");
                    assertThat(e.code()).isEqualTo("workshop.registration.role");
                });
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR,
                () -> workshops.registerSomebody(forMentors.id(), stranger.enrolmentId())))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.unknown"));
        as(TestUsers.COORDINATOR, () -> workshops.registerSomebody(forMentors.id(), mentor.enrolmentId()));
        assertThatThrownBy(() -> as(mentor.email(), () -> workshops.register(forMentors.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.duplicate"));

        // a capacity below the places taken
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> workshops.change(forMentors.id(),
                WorkshopTests.with(WorkshopFixture.details(forMentors.startsAt(), 5, Audience.MENTORS),
                        forMentors.startsAt(), forMentors.endsAt(), 0))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> workshops.plan(setup.programmeId(),
                WorkshopFixture.details(LocalDateTime.now().minusHours(1), 5, Audience.BOTH))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("startsAt"));
    }

    @Test
    void cancellingAfterTheCutOffIsRefused_theCoordinatorStillMay() {
        var soon = fixture.plan(setup, LocalDateTime.now().plusHours(10).withNano(0), 5, Audience.BOTH);
        var mentee = fixture.member(setup, ParticipantRole.MENTEE, "Late");
        var mine = as(mentee.email(), () -> workshops.register(soon.id()));
        assertThat(mine.mayCancel()).isFalse();
        assertThatThrownBy(() -> as(mentee.email(), () -> workshops.cancelMine(soon.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.cancel.tooLate"));
        var registration = as(TestUsers.COORDINATOR, () -> workshops.registrants(soon.id())).get(0);
        assertThat(as(TestUsers.COORDINATOR, () -> workshops.cancelRegistration(soon.id(), registration.id()))
                .status()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void aChangeOfTimeIsToldToRegistrants_moreRoomPromotes_callingOffIsToldToAll() {
        var workshop = fixture.plan(setup, inDays(10), 1, Audience.BOTH);
        var a = fixture.member(setup, ParticipantRole.MENTEE, "Alpha");
        var b = fixture.member(setup, ParticipantRole.MENTEE, "Bravo");
        as(a.email(), () -> workshops.register(workshop.id()));
        as(b.email(), () -> workshops.register(workshop.id()));
        var details = WorkshopFixture.details(workshop.startsAt(), 1, Audience.BOTH);
        events.clear();

        var retitled = as(TestUsers.COORDINATOR, () -> workshops.change(workshop.id(), new WorkshopDetails("Renamed",
                details.theme(), null, Audience.BOTH, null, details.startsAt(), details.endsAt(), null,
                details.place(), null, 1, null, null, 24, workshop.version())));
        assertThat(invites()).isEmpty();

        var later = workshop.startsAt().plusHours(1);
        var moved = as(TestUsers.COORDINATOR, () -> workshops.change(workshop.id(), WorkshopTests.with(details,
                later, later.plusHours(2), 1)));
        assertThat(moved.version()).isGreaterThan(retitled.version());
        assertThat(invites()).extracting(i -> i.invitee().enrolmentId(), InviteChanged::change)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a.enrolmentId(), Change.UPDATED),
                        org.assertj.core.groups.Tuple.tuple(b.enrolmentId(), Change.UPDATED));
        assertThat(invites()).allSatisfy(i -> assertThat(i.entry().sequence()).isEqualTo(moved.version()));
        events.clear();

        as(TestUsers.COORDINATOR, () -> workshops.change(workshop.id(), WorkshopTests.with(details, later,
                later.plusHours(2), 2)));
        assertThat(invites()).extracting(i -> i.invitee().enrolmentId(), InviteChanged::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b.enrolmentId(), Change.PROMOTED));
        events.clear();

        as(TestUsers.COORDINATOR, () -> workshops.cancel(workshop.id()));
        assertThat(invites()).hasSize(2).allSatisfy(i -> {
            assertThat(i.change()).isEqualTo(Change.CANCELLED);
            assertThat(i.entry().cancelled()).isTrue();
        });
        assertThatThrownBy(() -> as(a.email(), () -> workshops.cancelMine(workshop.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.cancelled"));
    }

    @Test
    void attendanceAtTheDoorWalkInsNoShowsMetricsAndThePastInTheCalendar() {
        var a = fixture.member(setup, ParticipantRole.MENTEE, "Alpha");
        var b = fixture.member(setup, ParticipantRole.MENTEE, "Bravo");
        var c = fixture.member(setup, ParticipantRole.MENTOR, "Charlie");
        var d = fixture.member(setup, ParticipantRole.MENTOR, "Delta");
        assertThat(metrics.measure(setup.programmeId(), Metric.WORKSHOP_ATTENDANCE_RATE)).isEmpty();
        // a workshop held three days ago, planned and registered for before
        var start = LocalDateTime.now().minusDays(3).withNano(0);
        long id = transactions.execute(status -> {
            var planned = new Workshop(setup.programmeId(), WorkshopFixture.details(start, 10, Audience.BOTH),
                    List.of("Networking"), start.minusDays(10));
            for (var member : List.of(a, b, c)) {
                planned.register(Registrant.participant(member.enrolmentId()), start.minusDays(9),
                        Instant.now(), true);
            }
            return repository.saveAndFlush(planned).id();
        });
        var list = as(TestUsers.COORDINATOR, () -> workshops.registrants(id));
        long alpha = list.stream().filter(r -> r.enrolmentId() == a.enrolmentId()).findFirst().orElseThrow().id();
        as(TestUsers.COORDINATOR, () -> workshops.markAttendance(id, alpha, true));
        as(TestUsers.COORDINATOR, () -> workshops.walkIn(id, d.enrolmentId()));
        assertThat(as(TestUsers.COORDINATOR, () -> workshops.candidates(id, "Delta", true))).isEmpty();
        assertThat(as(TestUsers.COORDINATOR, () -> workshops.candidates(id, "Bravo", true))).isEmpty();

        var view = as(TestUsers.COORDINATOR, () -> workshops.workshop(id));
        assertThat(view.attended()).isEqualTo(2);
        assertThat(view.noShows()).isEqualTo(2);
        // 2 of 4 places attended; 2 of the 3 registered in advance did not come
        assertThat(metrics.measure(setup.programmeId(), Metric.WORKSHOP_ATTENDANCE_RATE)).hasValue(50.0);
        assertThat(metrics.measure(setup.programmeId(), Metric.WORKSHOP_NO_SHOW_RATE)).hasValue(66.7);

        var from = LocalDate.now().minusDays(7);
        var to = LocalDate.now();
        assertThat(calendar.forOwner(owner(a), from, to)).singleElement()
                .satisfies(e -> assertThat(e.participation()).isEqualTo(Participation.ATTENDED));
        assertThat(calendar.forOwner(owner(b), from, to)).singleElement()
                .satisfies(e -> assertThat(e.participation()).isEqualTo(Participation.ABSENT));
        assertThat(calendar.forProgramme(setup.programmeId(), from, to)).singleElement()
                .satisfies(e -> assertThat(e.participation()).isNull());
        assertThat(as(b.email(), () -> workshops.mine())).singleElement().satisfies(m -> {
            assertThat(m.over()).isTrue();
            assertThat(m.attended()).isFalse();
            assertThat(m.mayCancel()).isFalse();
        });
        assertThatThrownBy(() -> as(b.email(), () -> workshops.cancelMine(id)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.started"));
    }

    @Test
    void aProgrammeWithoutThemesOffersTheDefaults_andItsOwnListIsChecked() {
        var bare = participants.recruitingProgramme(TestUsers.COORDINATOR,
                org.tandem.programme.ProgrammeKind.INTERGENERATIONAL);
        var defaults = as(TestUsers.COORDINATOR, () -> workshops.themes(bare.programmeId()));
        assertThat(defaults.defaults()).isTrue();
        assertThat(defaults.themes()).hasSizeGreaterThan(3);
        var planned = as(TestUsers.COORDINATOR, () -> workshops.plan(bare.programmeId(), new WorkshopDetails("Intro",
                defaults.themes().get(0), null, Audience.MENTEES, null, inDays(3), inDays(3).plusHours(1), null,
                "Room", null, 5, null, null, 24, null)));
        assertThat(planned.theme()).isEqualTo(defaults.themes().get(0));

        var themes = as(TestUsers.COORDINATOR, () -> workshops.themes(setup.programmeId()));
        assertThat(themes.defaults()).isFalse();
        assertThat(themes.themes()).containsExactly("Networking", "CV");
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> workshops.defineThemes(setup.programmeId(),
                List.of("CV", "cv"), themes.version())))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.themes.duplicate"));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> workshops.plan(setup.programmeId(),
                new WorkshopDetails("Intro", "Cooking", null, Audience.MENTEES, null, inDays(3),
                        inDays(3).plusHours(1), null, "Room", null, 5, null, null, 24, null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("theme"));
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> workshops.themes(setup.programmeId())))
                .isInstanceOf(NotFoundException.class);
    }

    private List<InviteChanged> invites() {
        return events.stream(InviteChanged.class).toList();
    }

    private CalendarOwner owner(WorkshopFixture.Member member) {
        return new CalendarOwner(users.id(member.email()), member.email(), Set.of(member.enrolmentId()));
    }

    private <T> T as(String email, Supplier<T> work) {
        return accounts.callAs(email, work);
    }
}
