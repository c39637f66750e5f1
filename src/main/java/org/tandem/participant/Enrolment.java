package org.tandem.participant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Language;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * A person in one cohort in one role. The enrolment guards the intake pipeline: every status change passes
 * {@link EnrolmentStatus#next}, and is kept with its date in the history.
 */
@Entity
@Table(name = "enrolment")
class Enrolment {

    static final int MAX_CAPACITY = 2;

    /**
     * A profile's languages, sectors and interests are read for all enrolments of a persistence context at once (up
     * to this many): a duo page read each of its two members' three collections by a query of its own.
     */
    static final int PROFILE_BATCH = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The person's names as the participant list sorts them: an index gives that order without the person. */
    @PersonalData(value = Kind.NAME, purpose = Purpose.PROGRAMME)
    private String sortLastName;
    @PersonalData(value = Kind.NAME, purpose = Purpose.PROGRAMME)
    private String sortFirstName;
    /** Names and e-mail address in lower case, what the participant search looks in (see {@link #searchTextOf}). */
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.PROGRAMME)
    private String searchText;

    private long programmeId;
    private long cohortId;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private Long employerId;
    private Long siteId;
    private int capacity;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private EnrolmentStatus status;

    private Instant statusChangedAt;
    private Instant appliedAt;

    /** When this enrolment first reached each {@link FunnelStep}: kept with the history, read by the funnel. */
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private Instant reachedEligibleAt;
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private Instant reachedTrainedAt;
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private Instant reachedMatchedAt;
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private Instant reachedActiveAt;
    @PersonalData(value = Kind.PARTICIPATION, purpose = {Purpose.PROGRAMME, Purpose.REPORTING})
    private Instant reachedCompletedAt;

    @ElementCollection
    @CollectionTable(name = "enrolment_status_change", joinColumns = @JoinColumn(name = "enrolment_id"))
    @OrderBy("changedAt")
    private List<StatusChange> history = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = PROFILE_BATCH)
    @CollectionTable(name = "enrolment_language", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "language")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.MATCHING)
    private Map<Language, LanguageLevel> languages = new HashMap<>();

    @ElementCollection
    @BatchSize(size = PROFILE_BATCH)
    @CollectionTable(name = "enrolment_sector", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector")
    private Set<Sector> sectors = new HashSet<>();

    @ElementCollection
    @BatchSize(size = PROFILE_BATCH)
    @CollectionTable(name = "enrolment_interest", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "interest")
    private Set<String> interests = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PROFILE, purpose = {Purpose.MATCHING, Purpose.REPORTING})
    private EducationSector educationSector;

    @PersonalData(value = Kind.PROFILE, purpose = Purpose.MATCHING)
    private int availability;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.MATCHING)
    private MeetingMode meetingMode;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.MATCHING)
    private DigitalSkills digitalSkills;

    @PersonalData(value = Kind.PROFILE, purpose = Purpose.MATCHING)
    private Integer yearsOfExperience;
    @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.MATCHING)
    private String ambition;
    @PersonalData(value = Kind.FREE_TEXT, purpose = Purpose.MATCHING)
    private String needs;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PROFILE, purpose = {Purpose.MATCHING, Purpose.REPORTING})
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.PROFILE, purpose = Purpose.MATCHING)
    private GenderPreference genderPreference;

    private LocalDateTime intakeAt;
    @PersonalData(Kind.FREE_TEXT)
    private String intakeNotes;

    @ElementCollection
    @CollectionTable(name = "enrolment_intake_check", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "item")
    private Set<IntakeCheck> intakeChecks = new HashSet<>();

    protected Enrolment() {
    }

    private Enrolment(Person person, long programmeId, long cohortId, ParticipantRole role, EnrolmentStatus first,
            Instant now) {
        this.person = person;
        sortAsNamed();
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.role = role;
        this.capacity = 1;
        this.status = first;
        this.statusChangedAt = now;
        this.appliedAt = now;
        this.meetingMode = MeetingMode.BOTH;
        enter(first, now, null);
    }

    static Enrolment apply(Person person, long programmeId, long cohortId, ParticipantRole role, Instant now) {
        return new Enrolment(person, programmeId, cohortId, role, EnrolmentStatus.APPLIED, now);
    }

    /** An employer nominates one of its employees as a mentor. */
    static Enrolment nominate(Person person, long programmeId, long cohortId, long employerId, Instant now) {
        var enrolment = new Enrolment(person, programmeId, cohortId, ParticipantRole.MENTOR,
                EnrolmentStatus.NOMINATED, now);
        enrolment.employerId = employerId;
        return enrolment;
    }

    void describe(Profile profile) {
        languages.clear();
        languages.putAll(profile.languages());
        sectors.clear();
        sectors.addAll(profile.sectors());
        interests.clear();
        profile.interests().stream().map(String::trim).filter(i -> !i.isEmpty())
                .map(i -> i.toLowerCase(Locale.ROOT)).forEach(interests::add);
        educationSector = profile.educationSector();
        availability = profile.availability().bits();
        meetingMode = profile.meetingMode() == null ? MeetingMode.BOTH : profile.meetingMode();
        digitalSkills = profile.digitalSkills();
        yearsOfExperience = profile.yearsOfExperience();
        ambition = Text.orNull(profile.ambition());
        needs = Text.orNull(profile.needs());
        gender = profile.gender();
        genderPreference = profile.genderPreference();
    }

    /** Person, profile and placement at once; the placement is checked before anything changes. */
    void change(PersonData personData, Profile profile, Long siteId, Long employerId, int capacity) {
        requirePlacement(employerId, capacity);
        person.update(personData);
        sortAsNamed();
        describe(profile);
        assign(siteId, employerId, capacity);
    }

    /** Takes the person's names again, after they changed (through this enrolment or another of the person). */
    void sortAsNamed() {
        this.sortLastName = person.lastName();
        this.sortFirstName = person.firstName();
        this.searchText = searchTextOf(person.firstName(), person.lastName(), person.email());
    }

    /** As V43 and erasure write it in SQL: first name, last name and e-mail address, lower case, spaces between. */
    static String searchTextOf(String firstName, String lastName, String email) {
        return (firstName + " " + lastName + " " + email).toLowerCase(Locale.ROOT);
    }

    void assign(Long siteId, Long employerId, int capacity) {
        requirePlacement(employerId, capacity);
        this.siteId = siteId;
        this.employerId = employerId;
        this.capacity = capacity;
    }

    private void requirePlacement(Long employerId, int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new FieldException("capacity", "enrolment.capacity.invalid", MAX_CAPACITY);
        }
        if (role == ParticipantRole.MENTEE && capacity != 1) {
            throw new FieldException("capacity", "enrolment.capacity.mentee");
        }
        if (role == ParticipantRole.MENTEE && employerId != null) {
            throw new FieldException("employerId", "enrolment.employer.mentee");
        }
    }

    void planIntake(LocalDateTime at, Instant now) {
        intakeAt = at;
        if (status != EnrolmentStatus.INTAKE_PLANNED) {
            moveTo(EnrolmentStatus.INTAKE_PLANNED, null, now);
        }
    }

    void recordIntake(String notes, Set<IntakeCheck> checks, Instant now) {
        intakeNotes = Text.orNull(notes);
        intakeChecks.clear();
        intakeChecks.addAll(checks);
        if (status == EnrolmentStatus.INTAKE_PLANNED) {
            moveTo(EnrolmentStatus.INTAKE_DONE, null, now);
        } else if (status != EnrolmentStatus.INTAKE_DONE) {
            throw new DomainException("enrolment.status.illegal", status, EnrolmentStatus.INTAKE_DONE);
        }
    }

    /** Eligible only when every rule of the programme passes and every intake item is checked. */
    void declareEligible(Eligibility eligibility, Set<IntakeCheck> required, Instant now) {
        requireCanMoveTo(EnrolmentStatus.ELIGIBLE);
        if (!eligibility.passed()) {
            throw new DomainException("enrolment.notEligible");
        }
        if (!intakeChecks.containsAll(required)) {
            throw new DomainException("enrolment.intakeIncomplete");
        }
        moveTo(EnrolmentStatus.ELIGIBLE, null, now);
    }

    void reject(String reason, Instant now) {
        moveTo(EnrolmentStatus.REJECTED, requireReason(reason), now);
    }

    void markTrained(Instant now) {
        moveTo(EnrolmentStatus.TRAINED, null, now);
    }

    /** Ready to match only with the person's consent to take part. */
    void markReadyToMatch(boolean participationConsent, Instant now) {
        requireCanMoveTo(EnrolmentStatus.READY_TO_MATCH);
        if (!participationConsent) {
            throw new DomainException("enrolment.consentMissing");
        }
        moveTo(EnrolmentStatus.READY_TO_MATCH, null, now);
    }

    void withdraw(String reason, Instant now) {
        moveTo(EnrolmentStatus.WITHDRAWN, requireReason(reason), now);
    }

    void matched(Instant now) {
        moveTo(EnrolmentStatus.MATCHED, null, now);
    }

    void activate(Instant now) {
        moveTo(EnrolmentStatus.ACTIVE, null, now);
    }

    void complete(Instant now) {
        moveTo(EnrolmentStatus.COMPLETED, null, now);
    }

    /** Back in the pool after a declined proposal or an early end. */
    void returnToPool(String reason, Instant now) {
        moveTo(EnrolmentStatus.READY_TO_MATCH, reason, now);
    }

    private void requireCanMoveTo(EnrolmentStatus target) {
        if (!status.next(role).contains(target)) {
            throw new DomainException("enrolment.status.illegal", status, target);
        }
    }

    private void moveTo(EnrolmentStatus target, String reason, Instant now) {
        requireCanMoveTo(target);
        status = target;
        statusChangedAt = now;
        enter(target, now, reason);
    }

    /** Every status taken goes into the history, and marks the funnel steps it reaches for the first time. */
    private void enter(EnrolmentStatus taken, Instant now, String reason) {
        history.add(new StatusChange(taken, now, reason));
        for (FunnelStep step : FunnelStep.values()) {
            if (step.reachedBy(taken) && reached(step) == null) {
                switch (step) {
                    case ELIGIBLE -> reachedEligibleAt = now;
                    case TRAINED -> reachedTrainedAt = now;
                    case MATCHED -> reachedMatchedAt = now;
                    case ACTIVE -> reachedActiveAt = now;
                    case COMPLETED -> reachedCompletedAt = now;
                }
            }
        }
    }

    /** When this enrolment first reached the step, or null. */
    Instant reached(FunnelStep step) {
        return switch (step) {
            case ELIGIBLE -> reachedEligibleAt;
            case TRAINED -> reachedTrainedAt;
            case MATCHED -> reachedMatchedAt;
            case ACTIVE -> reachedActiveAt;
            case COMPLETED -> reachedCompletedAt;
        };
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("enrolment.reason.required");
        }
        return reason.trim();
    }


    Profile profile() {
        return new Profile(languages.isEmpty() ? Map.of() : new EnumMap<>(languages),
                sectors.isEmpty() ? Set.of() : EnumSet.copyOf(sectors), educationSector,
                new Availability(availability), meetingMode, new TreeSet<>(interests), digitalSkills,
                yearsOfExperience, ambition, needs, gender, genderPreference);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    Person person() {
        return person;
    }

    long programmeId() {
        return programmeId;
    }

    long cohortId() {
        return cohortId;
    }

    ParticipantRole role() {
        return role;
    }

    Long employerId() {
        return employerId;
    }

    Long siteId() {
        return siteId;
    }

    int capacity() {
        return capacity;
    }

    EnrolmentStatus status() {
        return status;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    Instant appliedAt() {
        return appliedAt;
    }

    List<StatusChange> history() {
        return List.copyOf(history);
    }

    LocalDateTime intakeAt() {
        return intakeAt;
    }

    String intakeNotes() {
        return intakeNotes;
    }

    Set<IntakeCheck> intakeChecks() {
        return intakeChecks.isEmpty() ? EnumSet.noneOf(IntakeCheck.class) : EnumSet.copyOf(intakeChecks);
    }
}
