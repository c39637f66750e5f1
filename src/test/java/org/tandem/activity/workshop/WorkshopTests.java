package org.tandem.activity.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;

/** The workshop's own rules: places, the waiting list, the cut-off, the window, attendance, bad input. */
class WorkshopTests {

    static final List<String> THEMES = List.of("Networking", "CV");
    static final LocalDateTime NOW = LocalDateTime.of(2030, 3, 1, 10, 0);
    static final LocalDateTime START = NOW.plusDays(7);

    static WorkshopDetails details(int capacity) {
        return new WorkshopDetails("Network like a pro", "Networking", null, Audience.BOTH, null, START,
                START.plusHours(2), null, "Room 1", null, capacity, null, null, 24, null);
    }

    static WorkshopDetails with(WorkshopDetails d, LocalDateTime start, LocalDateTime end, int capacity) {
        return new WorkshopDetails(d.title(), d.theme(), d.description(), d.audience(), d.cohortId(), start, end,
                d.siteId(), d.place(), d.onlineLink(), capacity, d.registrationOpensAt(), d.registrationClosesAt(),
                d.cancelHoursBefore(), d.version());
    }

    private int tick;

    private Instant at() {
        return Instant.parse("2030-03-01T09:00:00Z").plusSeconds(tick++);
    }

    @Test
    void aFullWorkshopPutsPeopleOnTheWaitingList_andAFreedPlaceGoesToTheFirst() {
        var workshop = new Workshop(1, details(2), THEMES, NOW);
        var a = workshop.register(Registrant.participant(1), NOW, at(), false);
        var b = workshop.register(Registrant.participant(2), NOW, at(), false);
        var c = workshop.register(Registrant.participant(3), NOW, at(), false);
        var d = workshop.register(Registrant.account(9, "Employer E"), NOW, at(), true);
        assertThat(a.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(b.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(c.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(workshop.waitingPlace(c)).isEqualTo(1);
        assertThat(workshop.waitingPlace(d)).isEqualTo(2);

        var promoted = workshop.withdraw(a, NOW.plusDays(1), false);
        assertThat(promoted).containsSame(c);
        assertThat(c.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(a.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(workshop.waitingPlace(d)).isEqualTo(1);

        // leaving the waiting list frees no place
        assertThat(workshop.withdraw(d, NOW.plusDays(1), false)).isEmpty();
        // coming back after cancelling: at the end of the line
        var again = workshop.register(Registrant.participant(1), NOW.plusDays(1), at(), false);
        assertThat(again).isSameAs(a);
        assertThat(again.status()).isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void doubleRegistrationIsRefused() {
        var workshop = new Workshop(1, details(1), THEMES, NOW);
        workshop.register(Registrant.participant(1), NOW, at(), false);
        workshop.register(Registrant.participant(2), NOW, at(), false);
        assertThatThrownBy(() -> workshop.register(Registrant.participant(1), NOW, at(), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.duplicate"));
        assertThatThrownBy(() -> workshop.register(Registrant.participant(2), NOW, at(), true))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.alreadyWaiting"));
    }

    @Test
    void aParticipantCancelsOnlyUntilTheCutOff_aCoordinatorUntilTheStart() {
        var workshop = new Workshop(1, details(1), THEMES, NOW);
        var a = workshop.register(Registrant.participant(1), NOW, at(), false);
        var b = workshop.register(Registrant.participant(2), NOW, at(), false);
        var late = START.minusHours(23);
        assertThatThrownBy(() -> workshop.withdraw(a, late, false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("workshop.cancel.tooLate");
                    assertThat(e.arguments()).containsExactly(24);
                });
        // the waiting list may be left until the start
        assertThat(workshop.withdraw(b, late, false)).isEmpty();
        assertThat(workshop.withdraw(a, late, true)).isEmpty();
        assertThatThrownBy(() -> workshop.register(Registrant.participant(3), START, at(), true))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.started"));
    }

    @Test
    void participantsRegisterOnlyInsideTheWindow() {
        var d = details(5);
        var windowed = new WorkshopDetails(d.title(), d.theme(), null, d.audience(), null, START, START.plusHours(2),
                null, "Room", null, 5, NOW.plusDays(1), NOW.plusDays(3), 24, null);
        var workshop = new Workshop(1, windowed, THEMES, NOW);
        assertThatThrownBy(() -> workshop.register(Registrant.participant(1), NOW, at(), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.notOpen"));
        assertThat(workshop.register(Registrant.participant(1), NOW.plusDays(2), at(), false).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> workshop.register(Registrant.participant(2), NOW.plusDays(3), at(), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.registration.closed"));
        // a coordinator registers somebody who phoned, after the window
        assertThat(workshop.register(Registrant.participant(2), NOW.plusDays(4), at(), true).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void badInputIsRefusedAtItsField() {
        assertField(with(details(5), NOW.minusHours(1), NOW.plusHours(1), 5), "startsAt", "workshop.startsAt.past");
        assertField(with(details(5), START, START, 5), "endsAt", "workshop.endsAt.beforeStart");
        assertField(with(details(5), START, START.plusHours(1), 0), "capacity", "workshop.capacity.min");
        var d = details(5);
        assertField(new WorkshopDetails(" ", "CV", null, Audience.BOTH, null, START, START.plusHours(1), null, "R",
                null, 5, null, null, 24, null), "title", "workshop.title.required");
        assertField(new WorkshopDetails("T", "Cooking", null, Audience.BOTH, null, START, START.plusHours(1), null,
                "R", null, 5, null, null, 24, null), "theme", "workshop.theme.unknown");
        assertField(new WorkshopDetails("T", "CV", null, Audience.BOTH, null, START, START.plusHours(1), null,
                null, "ftp://x", 5, null, null, 24, null), "onlineLink", "workshop.onlineLink.invalid");
        assertField(new WorkshopDetails("T", "CV", null, Audience.BOTH, null, START, START.plusHours(1), null,
                null, null, 5, null, null, 24, null), "place", "workshop.where.required");
        assertField(new WorkshopDetails("T", "CV", null, Audience.BOTH, null, START, START.plusHours(1), null,
                "R", null, 5, null, START.plusMinutes(1), 24, null), "registrationClosesAt",
                "workshop.registration.closesAfterStart");
        assertField(new WorkshopDetails("T", "CV", null, Audience.BOTH, null, START, START.plusHours(1), null,
                "R", null, 5, START.minusDays(1), START.minusDays(2), 24, null), "registrationOpensAt",
                "workshop.registration.opensAfterCloses");
        assertField(new WorkshopDetails("T", "CV", null, null, null, START, START.plusHours(1), null,
                "R", null, 5, null, null, 24, null), "audience", "workshop.audience.required");
        assertField(new WorkshopDetails("T", "CV", null, Audience.BOTH, null, START, START.plusHours(1), null,
                "R", null, 5, null, null, -1, null), "cancelHoursBefore", "workshop.cancelHours.range");
        assertThat(d.capacity()).isEqualTo(5);
    }

    @Test
    void theCapacityCannotDropBelowThePlacesTaken_andMoreRoomGoesToTheWaitingList() {
        var workshop = new Workshop(1, details(2), THEMES, NOW);
        workshop.register(Registrant.participant(1), NOW, at(), false);
        workshop.register(Registrant.participant(2), NOW, at(), false);
        var c = workshop.register(Registrant.participant(3), NOW, at(), false);
        assertThatThrownBy(() -> workshop.change(details(1), THEMES, NOW))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("capacity");
                    assertThat(e.code()).isEqualTo("workshop.capacity.belowRegistered");
                    assertThat(e.arguments()).containsExactly(2L);
                });
        assertThat(workshop.change(details(3), THEMES, NOW)).containsExactly(c);
        assertThat(c.status()).isEqualTo(RegistrationStatus.REGISTERED);
        // a start that has passed stays when other things change; a theme no longer in the list stays too
        assertThat(workshop.change(details(3), List.of("Other"), START.plusMinutes(5))).isEmpty();
    }

    @Test
    void attendanceIsTakenFromTheDayOn_noShowsCountOnceItIsOver_walkInsComeOnTop() {
        var workshop = new Workshop(1, details(2), THEMES, NOW);
        var a = workshop.register(Registrant.participant(1), NOW, at(), false);
        var b = workshop.register(Registrant.participant(2), NOW, at(), false);
        var c = workshop.register(Registrant.participant(3), NOW, at(), false);
        assertThatThrownBy(() -> workshop.markAttendance(a, true, START.minusDays(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.attendance.tooEarly"));
        var door = START.minusMinutes(10);
        workshop.markAttendance(a, true, door);
        assertThatThrownBy(() -> workshop.markAttendance(c, true, door))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("workshop.attendance.notRegistered"));
        var walkIn = workshop.walkIn(Registrant.participant(3), door, at());
        assertThat(walkIn).isSameAs(c);
        workshop.walkIn(Registrant.participant(4), door, at());
        assertThatThrownBy(() -> workshop.walkIn(Registrant.participant(1), door, at()))
                .isInstanceOf(DomainException.class);
        assertThat(workshop.count(RegistrationStatus.REGISTERED)).isEqualTo(4);
        assertThat(workshop.attendedCount()).isEqualTo(3);
        assertThat(workshop.noShows(door)).isZero();
        assertThat(workshop.noShows(START.plusHours(2))).isEqualTo(1);
        assertThat(b.attended()).isFalse();
    }

    @Test
    void aCancelledWorkshopTakesNoMoreRegistrationsNorChanges() {
        var workshop = new Workshop(1, details(2), THEMES, NOW);
        workshop.cancel();
        assertThatThrownBy(() -> workshop.register(Registrant.participant(1), NOW, at(), true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("workshop.cancelled"));
        assertThatThrownBy(() -> workshop.change(details(2), THEMES, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(workshop::cancel).isInstanceOf(DomainException.class);
    }

    private static void assertField(WorkshopDetails details, String field, String code) {
        assertThatThrownBy(() -> new Workshop(1, details, THEMES, NOW))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                });
    }
}
