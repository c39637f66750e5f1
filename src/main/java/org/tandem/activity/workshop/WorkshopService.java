package org.tandem.activity.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.InviteChanged;
import org.tandem.activity.calendar.InviteChanged.Change;
import org.tandem.employer.MyEmployerService;
import org.tandem.employer.PipelineStage;
import org.tandem.participant.EnrolmentSummary;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.OwnEnrolment;
import org.tandem.participant.ParticipantFilter;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * A programme's workshops: planned, changed and called off by its coordinators (and admins), who also register
 * somebody, give up somebody's place and take attendance at the door; participants and employer contacts see the
 * workshops open to them and register or cancel themselves. For anyone else a workshop does not exist. Every change
 * of somebody's place is published as {@link InviteChanged} in the same transaction; the calendar part mails.
 * Changes to the places of one workshop lock its row first, so that they take turns.
 */
@Service
public class WorkshopService {

    static final int CANDIDATES = 20;

    private final WorkshopRepository workshops;
    private final ThemeListRepository themeLists;
    private final WorkshopCalendar calendar;
    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final MyParticipation myParticipation;
    private final MyEmployerService myEmployer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkshopService(WorkshopRepository workshops, ThemeListRepository themeLists, WorkshopCalendar calendar,
            AccountService accounts, ProgrammeCatalogue catalogue, ParticipantQueries participants,
            MyParticipation myParticipation, MyEmployerService myEmployer, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.workshops = workshops;
        this.themeLists = themeLists;
        this.calendar = calendar;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.participants = participants;
        this.myParticipation = myParticipation;
        this.myEmployer = myEmployer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // --- the coordinators' side: reads

    /** The programme's themes, or the default labour-market themes (in the user's language) while it has none. */
    @Transactional(readOnly = true)
    public Themes themes(long programmeId) {
        requireManage(programmeId);
        return themeLists.findById(programmeId).map(t -> new Themes(t.themes(), false, t.version()))
                .orElseGet(() -> new Themes(defaultThemes(), true, null));
    }

    /** A programme's workshop themes; {@code defaults} when the programme has not set its own yet. */
    public record Themes(List<String> themes, boolean defaults, Long version) {
    }

    @Transactional(readOnly = true)
    public List<WorkshopView> workshops(long programmeId) {
        requireManage(programmeId);
        LocalDateTime now = now();
        return workshops.findByProgramme(programmeId).stream().map(w -> WorkshopView.from(w, now)).toList();
    }

    /** A programme's workshops starting from {@code from} up to (not including) {@code until}, with their registrations and waiting lists. */
    @Transactional(readOnly = true)
    public List<WorkshopView> starting(long programmeId, LocalDateTime from, LocalDateTime until) {
        requireManage(programmeId);
        LocalDateTime now = now();
        return workshops.findStarting(programmeId, from, until).stream().map(w -> WorkshopView.from(w, now)).toList();
    }

    /** Whether the signed-in user manages this workshop (its page then shows the coordinators' view). */
    @Transactional(readOnly = true)
    public boolean manages(long workshopId) {
        return workshops.findById(workshopId)
                .map(w -> accounts.requireCurrent().mayManageProgramme(w.programmeId())).orElse(false);
    }

    @Transactional(readOnly = true)
    public WorkshopView workshop(long workshopId) {
        return WorkshopView.from(manageable(workshopId), now());
    }

    /** Those with a place (in order of registration), then the waiting list in its order. */
    @Transactional(readOnly = true)
    public List<RegistrantView> registrants(long workshopId) {
        var workshop = manageable(workshopId);
        var active = workshop.registrations().stream().filter(Registration::active).toList();
        var names = names(active);
        var result = new ArrayList<RegistrantView>();
        active.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(Registration::id))
                .forEach(r -> result.add(view(workshop, r, names)));
        workshop.waitingList().forEach(r -> result.add(view(workshop, r, names)));
        return result;
    }

    /**
     * Participants of the programme whose name matches, who could be registered ({@code atTheDoor}: let in as a
     * walk-in, whatever their role) and are not yet: for the coordinator's search.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long workshopId, String query, boolean atTheDoor) {
        var workshop = manageable(workshopId);
        if (query == null || query.isBlank() || (!atTheDoor && workshop.audience() == Audience.EMPLOYERS)) {
            return List.of();
        }
        Set<Long> taken = workshop.registrations().stream()
                .filter(r -> atTheDoor ? r.status() == RegistrationStatus.REGISTERED : r.active())
                .map(Registration::enrolmentId).filter(Objects::nonNull).collect(Collectors.toSet());
        var found = participants.search(new ParticipantFilter(workshop.programmeId(),
                atTheDoor ? null : workshop.cohortId(), null, null, null, null, null, null, query.strip(), null, 0,
                ParticipantFilter.MAX_SIZE)).items();
        return found.stream().filter(e -> e.status().isEnrolled() && !taken.contains(e.id()))
                .filter(e -> atTheDoor || workshop.audience().opensTo(e.role()))
                .limit(CANDIDATES)
                .map(e -> new Candidate(e.id(), e.firstName() + " " + e.lastName(), e.role())).toList();
    }

    // --- the coordinators' side: commands

    @Transactional
    public Themes defineThemes(long programmeId, List<String> themes, Long version) {
        requireManage(programmeId);
        var list = themeLists.findById(programmeId).orElseGet(() -> new ThemeList(programmeId));
        if (themeLists.existsById(programmeId)) {
            Versions.require(version, list.version());
        }
        list.define(themes);
        var saved = themeLists.saveAndFlush(list);
        return new Themes(saved.themes(), false, saved.version());
    }

    @Transactional
    public WorkshopView plan(long programmeId, WorkshopDetails details) {
        requireManage(programmeId);
        requireSiteAndCohort(programmeId, details);
        var workshop = workshops.saveAndFlush(new Workshop(programmeId, details, themeNames(programmeId), now()));
        return WorkshopView.from(workshop, now());
    }

    /** Changes a workshop; when its time or place moved, everybody registered or waiting is told. */
    @Transactional
    public WorkshopView change(long workshopId, WorkshopDetails details) {
        var workshop = lockedManageable(workshopId);
        Versions.require(details.version(), workshop.version());
        requireSiteAndCohort(workshop.programmeId(), details);
        var before = workshop.timeAndPlace();
        var promoted = workshop.change(details, themeNames(workshop.programmeId()), now());
        workshops.flush();
        if (!before.equals(workshop.timeAndPlace())) {
            workshop.registrations().stream().filter(Registration::active).filter(r -> !promoted.contains(r))
                    .forEach(r -> publish(workshop, r, Change.UPDATED));
        }
        promoted.forEach(r -> publish(workshop, r, Change.PROMOTED));
        return WorkshopView.from(workshop, now());
    }

    /** Calls a workshop off: everybody registered or waiting is told. */
    @Transactional
    public WorkshopView cancel(long workshopId) {
        var workshop = lockedManageable(workshopId);
        workshop.cancel();
        workshops.flush();
        workshop.registrations().stream().filter(Registration::active)
                .forEach(r -> publish(workshop, r, Change.CANCELLED));
        return WorkshopView.from(workshop, now());
    }

    /** A coordinator registers a participant of the programme (in the workshop's audience and cohort). */
    @Transactional
    public RegistrantView registerSomebody(long workshopId, Long enrolmentId) {
        var workshop = lockedManageable(workshopId);
        if (workshop.audience() == Audience.EMPLOYERS) {
            throw new DomainException("workshop.registration.employersThemselves");
        }
        var enrolment = participantOf(workshop, enrolmentId);
        if (!workshop.audience().opensTo(enrolment.role())) {
            throw new FieldException("enrolmentId", "workshop.registration.role");
        }
        if (workshop.cohortId() != null && enrolment.cohortId() != workshop.cohortId()) {
            throw new FieldException("enrolmentId", "workshop.registration.cohort");
        }
        var registration = workshop.register(Registrant.participant(enrolment.id()), now(), Instant.now(clock),
                true);
        workshops.flush();
        publish(workshop, registration, registration.status() == RegistrationStatus.REGISTERED
                ? Change.REGISTERED : Change.WAITLISTED);
        return view(workshop, registration, names(List.of(registration)));
    }

    /** A coordinator gives up somebody's place (or takes them off the waiting list), until the start. */
    @Transactional
    public RegistrantView cancelRegistration(long workshopId, long registrationId) {
        var workshop = lockedManageable(workshopId);
        var registration = workshop.registration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        withdraw(workshop, registration, true);
        return view(workshop, registration, names(List.of(registration)));
    }

    /** Ticks somebody with a place present (or not) at the door, from the day of the workshop on. */
    @Transactional
    public RegistrantView markAttendance(long workshopId, long registrationId, boolean present) {
        var workshop = lockedManageable(workshopId);
        var registration = workshop.registration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        workshop.markAttendance(registration, present, now());
        workshops.flush();
        return view(workshop, registration, names(List.of(registration)));
    }

    /** A participant of the programme who came without a place: let in and ticked present. */
    @Transactional
    public RegistrantView walkIn(long workshopId, Long enrolmentId) {
        var workshop = lockedManageable(workshopId);
        var enrolment = participantOf(workshop, enrolmentId);
        var registration = workshop.walkIn(Registrant.participant(enrolment.id()), now(), Instant.now(clock));
        workshops.flush();
        return view(workshop, registration, names(List.of(registration)));
    }

    // --- the participants' and employer contacts' side

    /**
     * The workshops open to the signed-in participant or employer contact that are still to come, and every
     * workshop they are registered for or waiting for (past ones with their attendance).
     */
    @Transactional(readOnly = true)
    public List<MyWorkshop> mine() {
        var me = me();
        if (me.programmeIds().isEmpty()) {
            return List.of();
        }
        LocalDateTime now = now();
        var cohorts = new HashMap<Long, String>();
        return workshops.findByProgrammes(me.programmeIds()).stream()
                .map(w -> my(w, me, now, cohorts))
                .filter(Optional::isPresent).map(Optional::get)
                .filter(m -> m.status() != null || !m.workshop().cancelled() && !m.over())
                .toList();
    }

    @Transactional(readOnly = true)
    public MyWorkshop mine(long workshopId) {
        return my(workshops.findById(workshopId).orElseThrow(() -> new NotFoundException("workshop", workshopId)),
                me(), now(), new HashMap<>()).orElseThrow(() -> new NotFoundException("workshop", workshopId));
    }

    /** Registers the signed-in participant or employer contact: a place, or the waiting list when it is full. */
    @Transactional
    public MyWorkshop register(long workshopId) {
        var workshop = workshops.findForUpdate(workshopId)
                .orElseThrow(() -> new NotFoundException("workshop", workshopId));
        var me = me();
        var registrant = registrant(workshop, me, new HashMap<>())
                .orElseThrow(() -> new NotFoundException("workshop", workshopId));
        var registration = workshop.register(registrant, now(), Instant.now(clock), false);
        workshops.flush();
        publish(workshop, registration, registration.status() == RegistrationStatus.REGISTERED
                ? Change.REGISTERED : Change.WAITLISTED);
        return my(workshop, me, now(), new HashMap<>()).orElseThrow();
    }

    /** The signed-in person gives up their place (until the cut-off) or leaves the waiting list. */
    @Transactional
    public MyWorkshop cancelMine(long workshopId) {
        var workshop = workshops.findForUpdate(workshopId)
                .orElseThrow(() -> new NotFoundException("workshop", workshopId));
        var me = me();
        var registration = own(workshop, me).filter(Registration::active)
                .orElseThrow(() -> new NotFoundException("workshop registration", workshopId));
        withdraw(workshop, registration, false);
        return my(workshop, me, now(), new HashMap<>()).orElseThrow();
    }

    // --- shared

    private void withdraw(Workshop workshop, Registration registration, boolean byCoordinator) {
        var promoted = workshop.withdraw(registration, now(), byCoordinator);
        workshops.flush();
        publish(workshop, registration, Change.WITHDRAWN);
        promoted.ifPresent(p -> publish(workshop, p, Change.PROMOTED));
    }

    private void publish(Workshop workshop, Registration registration, Change change) {
        Participation participation = switch (registration.status()) {
            case REGISTERED -> Participation.REGISTERED;
            case WAITING -> Participation.WAITING;
            case CANCELLED -> Participation.CANCELLED;
        };
        events.publishEvent(new InviteChanged(calendar.entry(workshop, participation,
                workshop.waitingPlace(registration)), registration.invitee(), change));
    }

    /** Who the signed-in user is to workshops: their enrolments, and the programmes their employer is committed to. */
    private record Me(CurrentUser user, List<OwnEnrolment> enrolments, Set<Long> employerProgrammes) {

        Set<Long> programmeIds() {
            var ids = new java.util.HashSet<>(employerProgrammes);
            enrolments.forEach(e -> ids.add(e.programmeId()));
            return ids;
        }
    }

    private Me me() {
        var user = accounts.requireCurrent();
        List<OwnEnrolment> enrolments = user.has(Role.MENTOR) || user.has(Role.MENTEE)
                ? myParticipation.enrolments() : List.of();
        Set<Long> employerProgrammes = user.has(Role.EMPLOYER_CONTACT) && myEmployer.linked()
                ? myEmployer.get().pledges().stream()
                        .filter(p -> p.stage() == PipelineStage.COMMITTED || p.stage() == PipelineStage.ACTIVE)
                        .map(p -> p.programmeId()).collect(Collectors.toSet())
                : Set.of();
        return new Me(user, enrolments, employerProgrammes);
    }

    /** How the signed-in user may take part in this workshop, if it is open to them at all. */
    private Optional<Registrant> registrant(Workshop workshop, Me me, Map<Long, String> cohorts) {
        if (workshop.audience() == Audience.EMPLOYERS) {
            return me.employerProgrammes().contains(workshop.programmeId())
                    ? Optional.of(Registrant.account(me.user().id(), me.user().displayName())) : Optional.empty();
        }
        String cohort = workshop.cohortId() == null ? null : cohorts.computeIfAbsent(workshop.cohortId(),
                id -> catalogue.cohort(id).map(CohortView::name).orElse(""));
        return me.enrolments().stream()
                .filter(e -> e.programmeId() == workshop.programmeId() && e.status().isEnrolled())
                .filter(e -> workshop.audience().opensTo(e.role()))
                .filter(e -> cohort == null || cohort.equals(e.cohortName()))
                .findFirst().map(e -> Registrant.participant(e.enrolmentId()));
    }

    private Optional<Registration> own(Workshop workshop, Me me) {
        Set<Long> enrolmentIds = me.enrolments().stream().map(OwnEnrolment::enrolmentId).collect(Collectors.toSet());
        return workshop.registrations().stream()
                .filter(r -> r.enrolmentId() != null ? enrolmentIds.contains(r.enrolmentId())
                        : r.accountId() == me.user().id())
                .filter(Registration::active).findFirst();
    }

    private Optional<MyWorkshop> my(Workshop w, Me me, LocalDateTime now, Map<Long, String> cohorts) {
        var registrant = registrant(w, me, cohorts);
        var own = own(w, me);
        if (registrant.isEmpty() && own.isEmpty()) {
            return Optional.empty();
        }
        var status = own.map(Registration::status).orElse(null);
        boolean open = !w.cancelled() && now.isBefore(w.startsAt());
        boolean mayCancel = own.isPresent() && open
                && (status == RegistrationStatus.WAITING || !now.isAfter(w.cancelUntil()));
        return Optional.of(new MyWorkshop(WorkshopView.from(w, now), status, own.map(w::waitingPlace).orElse(null),
                own.map(Registration::attended).orElse(false), registrant.isPresent() && own.isEmpty()
                        && w.registrationOpen(now), mayCancel, w.cancelUntil(), w.over(now)));
    }

    private EnrolmentSummary participantOf(Workshop workshop, Long enrolmentId) {
        if (enrolmentId == null) {
            throw new FieldException("enrolmentId", "workshop.registration.unknown");
        }
        EnrolmentSummary enrolment;
        try {
            enrolment = participants.get(enrolmentId).summary();
        } catch (NotFoundException e) {
            throw new FieldException("enrolmentId", "workshop.registration.unknown");
        }
        if (enrolment.programmeId() != workshop.programmeId() || !enrolment.status().isEnrolled()) {
            throw new FieldException("enrolmentId", "workshop.registration.unknown");
        }
        return enrolment;
    }

    private Map<Long, String> names(List<Registration> registrations) {
        var ids = registrations.stream().map(Registration::enrolmentId).filter(Objects::nonNull).toList();
        var names = new HashMap<Long, String>();
        participants.addressees(ids).forEach((id, a) -> names.put(id, a.fullName()));
        return names;
    }

    private static RegistrantView view(Workshop workshop, Registration r, Map<Long, String> names) {
        return new RegistrantView(r.id(), r.enrolmentId(), r.accountId(),
                r.enrolmentId() != null ? names.get(r.enrolmentId()) : r.accountName(), r.status(),
                workshop.waitingPlace(r), r.attended(), r.walkedIn(), r.registeredAt());
    }

    private List<String> themeNames(long programmeId) {
        return themeLists.findById(programmeId).map(ThemeList::themes).orElseGet(this::defaultThemes);
    }

    private List<String> defaultThemes() {
        return Arrays.stream(messages.getMessage("workshop.themes.defaults", null, LocaleContextHolder.getLocale())
                .split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void requireSiteAndCohort(long programmeId, WorkshopDetails details) {
        if (details.siteId() != null && catalogue.sites(programmeId).stream()
                .noneMatch(s -> s.id() == details.siteId())) {
            throw new FieldException("siteId", "workshop.site.unknown");
        }
        if (details.cohortId() != null && catalogue.cohorts(programmeId).stream()
                .noneMatch(c -> c.id() == details.cohortId())) {
            throw new FieldException("cohortId", "workshop.cohort.unknown");
        }
    }

    private Workshop manageable(long workshopId) {
        var workshop = workshops.findById(workshopId)
                .orElseThrow(() -> new NotFoundException("workshop", workshopId));
        if (!accounts.requireCurrent().mayManageProgramme(workshop.programmeId())) {
            throw new NotFoundException("workshop", workshopId);
        }
        return workshop;
    }

    private Workshop lockedManageable(long workshopId) {
        var workshop = workshops.findForUpdate(workshopId)
                .orElseThrow(() -> new NotFoundException("workshop", workshopId));
        if (!accounts.requireCurrent().mayManageProgramme(workshop.programmeId())) {
            throw new NotFoundException("workshop", workshopId);
        }
        return workshop;
    }

    private void requireManage(long programmeId) {
        if (catalogue.rules(programmeId).isEmpty() || !accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
