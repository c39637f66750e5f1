package org.tandem.activity.workshop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotPersonal;

/**
 * A workshop or event of a programme, with its registrations. It holds the places: a registration takes one while
 * there is room and joins the waiting list otherwise; a place given up goes to the first on the waiting list. Its
 * version grows with changes to the workshop itself (the invites' sequence), not with registrations, which the
 * service serialises by locking the workshop's row.
 */
@Entity
@Table(name = "workshop")
class Workshop {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_LINK = 500;
    static final int MAX_CANCEL_HOURS = 24 * 30;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_seq")
    @SequenceGenerator(name = "workshop_seq", sequenceName = "workshop_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    private Long cohortId;
    private String title;
    private String theme;
    @NotPersonal("a workshop's description, written for everyone invited")
    private String description;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Long siteId;
    private String place;
    private String onlineLink;
    private int capacity;
    private LocalDateTime registrationOpensAt;
    private LocalDateTime registrationClosesAt;
    private int cancelHoursBefore;
    private boolean cancelled;

    @OneToMany(mappedBy = "workshop", cascade = CascadeType.ALL)
    @OrderBy("registeredAt, id")
    @OptimisticLock(excluded = true)
    private List<Registration> registrations = new ArrayList<>();

    protected Workshop() {
    }

    Workshop(long programmeId, WorkshopDetails details, Collection<String> themes, LocalDateTime now) {
        this.programmeId = programmeId;
        apply(details, themes, now);
    }

    /**
     * Changes the workshop. A new start must not have passed; the capacity cannot drop below the places taken, and
     * more room goes to the waiting list at once. Returns those who got a place by it.
     */
    List<Registration> change(WorkshopDetails details, Collection<String> themes, LocalDateTime now) {
        if (cancelled) {
            throw new DomainException("workshop.cancelled");
        }
        apply(details, themes, now);
        return fillFromWaitingList();
    }

    /** When and where, to tell whether a change moved the workshop (registrants are told then). */
    List<Object> timeAndPlace() {
        return java.util.Arrays.asList(startsAt, endsAt, siteId, place, onlineLink);
    }

    private void apply(WorkshopDetails d, Collection<String> themes, LocalDateTime now) {
        String titleText = blankToNull(d.title());
        if (titleText == null) {
            throw new FieldException("title", "workshop.title.required");
        }
        if (titleText.length() > MAX_TITLE) {
            throw new FieldException("title", "workshop.text.long", MAX_TITLE);
        }
        String themeText = blankToNull(d.theme());
        if (themeText == null) {
            throw new FieldException("theme", "workshop.theme.required");
        }
        if (!themes.contains(themeText) && !themeText.equals(theme)) {
            throw new FieldException("theme", "workshop.theme.unknown");
        }
        String descriptionText = blankToNull(d.description());
        if (descriptionText != null && descriptionText.length() > MAX_DESCRIPTION) {
            throw new FieldException("description", "workshop.text.long", MAX_DESCRIPTION);
        }
        if (d.audience() == null) {
            throw new FieldException("audience", "workshop.audience.required");
        }
        if (d.startsAt() == null) {
            throw new FieldException("startsAt", "workshop.startsAt.required");
        }
        if (!d.startsAt().equals(startsAt) && d.startsAt().isBefore(now)) {
            throw new FieldException("startsAt", "workshop.startsAt.past");
        }
        if (d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            throw new FieldException("endsAt", "workshop.endsAt.beforeStart");
        }
        if (d.capacity() == null || d.capacity() < 1) {
            throw new FieldException("capacity", "workshop.capacity.min");
        }
        long taken = count(RegistrationStatus.REGISTERED);
        if (d.capacity() < taken) {
            throw new FieldException("capacity", "workshop.capacity.belowRegistered", taken);
        }
        String link = blankToNull(d.onlineLink());
        if (link != null && (link.length() > MAX_LINK || !link.matches("https?://\\S+"))) {
            throw new FieldException("onlineLink", "workshop.onlineLink.invalid");
        }
        String placeText = blankToNull(d.place());
        if (placeText == null && link == null) {
            throw new FieldException("place", "workshop.where.required");
        }
        if (placeText != null && placeText.length() > MAX_TEXT) {
            throw new FieldException("place", "workshop.text.long", MAX_TEXT);
        }
        if (d.registrationClosesAt() != null && d.registrationClosesAt().isAfter(d.startsAt())) {
            throw new FieldException("registrationClosesAt", "workshop.registration.closesAfterStart");
        }
        LocalDateTime closes = d.registrationClosesAt() != null ? d.registrationClosesAt() : d.startsAt();
        if (d.registrationOpensAt() != null && !d.registrationOpensAt().isBefore(closes)) {
            throw new FieldException("registrationOpensAt", "workshop.registration.opensAfterCloses");
        }
        if (d.cancelHoursBefore() == null || d.cancelHoursBefore() < 0 || d.cancelHoursBefore() > MAX_CANCEL_HOURS) {
            throw new FieldException("cancelHoursBefore", "workshop.cancelHours.range", MAX_CANCEL_HOURS);
        }
        title = titleText;
        theme = themeText;
        description = descriptionText;
        audience = d.audience();
        cohortId = d.cohortId();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        siteId = d.siteId();
        place = placeText;
        onlineLink = link;
        capacity = d.capacity();
        registrationOpensAt = d.registrationOpensAt();
        registrationClosesAt = d.registrationClosesAt();
        cancelHoursBefore = d.cancelHoursBefore();
    }

    /** Calls the workshop off; those with a place or on the waiting list keep their registration, to be told. */
    void cancel() {
        if (cancelled) {
            throw new DomainException("workshop.cancelled");
        }
        cancelled = true;
    }

    /**
     * Registers somebody: a place while there is room, the waiting list otherwise. Participants registering
     * themselves must be inside the registration window; a coordinator may register somebody until the start.
     */
    Registration register(Registrant who, LocalDateTime now, Instant at, boolean byCoordinator) {
        requireOpenForChanges(now);
        if (!byCoordinator) {
            if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
                throw new DomainException("workshop.registration.notOpen", SHOWN.format(registrationOpensAt));
            }
            if (!now.isBefore(registrationCloses())) {
                throw new DomainException("workshop.registration.closed");
            }
        }
        var existing = find(who);
        if (existing.isPresent() && existing.get().active()) {
            throw new DomainException(existing.get().status() == RegistrationStatus.WAITING
                    ? "workshop.registration.alreadyWaiting" : "workshop.registration.duplicate");
        }
        var registration = existing.orElseGet(() -> {
            var created = new Registration(this, who);
            registrations.add(created);
            return created;
        });
        registration.enter(count(RegistrationStatus.REGISTERED) < capacity
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING, at);
        return registration;
    }

    /**
     * Gives up a place or leaves the waiting list. Participants give up a place only until the cut-off before the
     * start; a coordinator may until the start. The freed place goes to the first on the waiting list, who is
     * returned.
     */
    Optional<Registration> withdraw(Registration registration, LocalDateTime now, boolean byCoordinator) {
        requireOpenForChanges(now);
        if (!registration.active()) {
            throw new DomainException("workshop.registration.notActive");
        }
        boolean hadPlace = registration.status() == RegistrationStatus.REGISTERED;
        if (hadPlace && !byCoordinator && now.isAfter(cancelUntil())) {
            throw new DomainException("workshop.cancel.tooLate", cancelHoursBefore);
        }
        registration.cancel();
        return hadPlace ? fillFromWaitingList().stream().findFirst() : Optional.empty();
    }

    /** Ticks somebody with a place present or not, from the day of the workshop on. */
    void markAttendance(Registration registration, boolean present, LocalDateTime now) {
        requireDoorOpen(now);
        if (registration.status() != RegistrationStatus.REGISTERED) {
            throw new DomainException("workshop.attendance.notRegistered");
        }
        registration.attend(present);
    }

    /** Somebody of the programme who came without a place: ticked present at the door, over the capacity if need be. */
    Registration walkIn(Registrant who, LocalDateTime now, Instant at) {
        requireDoorOpen(now);
        var existing = find(who);
        if (existing.isPresent() && existing.get().status() == RegistrationStatus.REGISTERED) {
            throw new DomainException("workshop.registration.duplicate");
        }
        var registration = existing.orElseGet(() -> {
            var created = new Registration(this, who);
            registrations.add(created);
            return created;
        });
        registration.walkIn(at);
        return registration;
    }

    private List<Registration> fillFromWaitingList() {
        var promoted = new ArrayList<Registration>();
        var waiting = waitingList();
        long taken = count(RegistrationStatus.REGISTERED);
        for (int i = 0; i < waiting.size() && taken < capacity; i++, taken++) {
            waiting.get(i).promote();
            promoted.add(waiting.get(i));
        }
        return promoted;
    }

    private void requireOpenForChanges(LocalDateTime now) {
        if (cancelled) {
            throw new DomainException("workshop.cancelled");
        }
        if (!now.isBefore(startsAt)) {
            throw new DomainException("workshop.registration.started");
        }
    }

    private void requireDoorOpen(LocalDateTime now) {
        if (cancelled) {
            throw new DomainException("workshop.cancelled");
        }
        if (now.toLocalDate().isBefore(startsAt.toLocalDate())) {
            throw new DomainException("workshop.attendance.tooEarly");
        }
    }

    Optional<Registration> find(Registrant who) {
        return registrations.stream().filter(r -> r.is(who)).findFirst();
    }

    Optional<Registration> registration(long registrationId) {
        return registrations.stream().filter(r -> r.id() != null && r.id() == registrationId).findFirst();
    }

    /** The waiting list, first in line first. */
    List<Registration> waitingList() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.id() == null
                        ? Long.MAX_VALUE : r.id()))
                .toList();
    }

    /** A registration's place on the waiting list (1 is next), or null when it is not waiting. */
    Integer waitingPlace(Registration registration) {
        int index = waitingList().indexOf(registration);
        return index < 0 ? null : index + 1;
    }

    long count(RegistrationStatus status) {
        return registrations.stream().filter(r -> r.status() == status).count();
    }

    long attendedCount() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED && r.attended())
                .count();
    }

    /** Registered in advance, not ticked, and the workshop is over. */
    long noShows(LocalDateTime now) {
        return over(now) ? registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED
                && !r.walkedIn() && !r.attended()).count() : 0;
    }

    List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    LocalDateTime registrationCloses() {
        return registrationClosesAt != null ? registrationClosesAt : startsAt;
    }

    /** Until when somebody may give up their place themselves. */
    LocalDateTime cancelUntil() {
        return startsAt.minusHours(cancelHoursBefore);
    }

    boolean registrationOpen(LocalDateTime now) {
        return !cancelled && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && now.isBefore(registrationCloses());
    }

    boolean full() {
        return count(RegistrationStatus.REGISTERED) >= capacity;
    }

    boolean over(LocalDateTime now) {
        return !now.isBefore(endsAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long programmeId() {
        return programmeId;
    }

    Long cohortId() {
        return cohortId;
    }

    String title() {
        return title;
    }

    String theme() {
        return theme;
    }

    String description() {
        return description;
    }

    Audience audience() {
        return audience;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    Long siteId() {
        return siteId;
    }

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    int capacity() {
        return capacity;
    }

    LocalDateTime registrationOpensAt() {
        return registrationOpensAt;
    }

    LocalDateTime registrationClosesAt() {
        return registrationClosesAt;
    }

    int cancelHoursBefore() {
        return cancelHoursBefore;
    }

    boolean cancelled() {
        return cancelled;
    }
}
