package org.tandem.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * Enrolments from application to the pool of people ready to match. Every move along the pipeline is published
 * ({@link EnrolmentStatusChanged}, and {@link EnrolmentWithdrawn} for a withdrawal) for the modules that follow it.
 */
@Service
public class EnrolmentService {

    private final PersonRepository people;
    private final EnrolmentRepository enrolments;
    private final ConsentService consents;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final NominationMails nominationMails;
    private final Clock clock;

    EnrolmentService(PersonRepository people, EnrolmentRepository enrolments, ConsentService consents,
            ProgrammeCatalogue catalogue, ParticipantAccess access, AccountService accounts,
            ApplicationEventPublisher events, NominationMails nominationMails, Clock clock) {
        this.people = people;
        this.enrolments = enrolments;
        this.consents = consents;
        this.catalogue = catalogue;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.nominationMails = nominationMails;
        this.clock = clock;
    }

    /** A public application; see {@link #receive(Application)}. */
    @Transactional
    public long apply(Application application) {
        return receive(application).enrolmentId();
    }

    /** What became of a public application: its enrolment, and whether the address belonged to a known person. */
    record Received(long enrolmentId, boolean knownPerson) {
    }

    /**
     * A public application. Whoever sends the form need not own the address, so an address already known never
     * changes that person: not their details, not their consents, not their sensitive data. It becomes a new
     * application (enrolment) for the coordinator to review, who asks the person for their consents at the intake
     * (ready to match needs them); the same cohort and role again changes nothing. Neither case is refused aloud,
     * so that the answer to the sender never tells whether the address was known.
     */
    @Transactional
    Received receive(Application application) {
        var programme = catalogue.openForApplications(application.programmeId())
                .orElseThrow(() -> new NotFoundException("programme", application.programmeId()));
        if (programme.openCohorts().stream().noneMatch(c -> c.id() == application.cohortId())) {
            throw new FieldException("cohortId", "application.cohort.closed");
        }
        if (application.siteId() != null && programme.sites().stream().noneMatch(s -> s.id() == application.siteId())) {
            throw new FieldException("siteId", "application.site.unknown");
        }
        if (!application.consents().contains(ConsentPurpose.PARTICIPATION)) {
            throw new FieldException("consents", "application.consent.participation");
        }
        if (application.carriesSensitiveData()) {
            consents.checkSensitive(programme.rules(), application.consents(), application.countryOfBirth());
        }
        Instant now = Instant.now(clock);
        var known = people.findByProgrammeIdAndEmail(application.programmeId(),
                Person.normalise(application.person().email()));
        if (known.isPresent()) {
            var person = known.get();
            var existing = enrolments.findByPersonIdAndCohortIdAndRole(person.id(), application.cohortId(),
                    application.role());
            if (existing.isPresent()) {
                return new Received(existing.get().id(), true);
            }
            return new Received(newApplication(person, application, now).id(), true);
        }
        var person = people.save(new Person(application.person(), application.programmeId(), now));
        var enrolment = newApplication(person, application, now);
        for (ConsentPurpose purpose : application.consents()) {
            consents.record(person.id(), application.programmeId(), purpose, now);
        }
        if (application.carriesSensitiveData()) {
            consents.recordSensitive(person.id(), programme.rules(), application.countryOfBirth(),
                    application.migrationBackground(), now);
        }
        return new Received(enrolment.id(), false);
    }

    private Enrolment newApplication(Person person, Application application, Instant now) {
        var enrolment = Enrolment.apply(person, application.programmeId(), application.cohortId(),
                application.role(), now);
        enrolment.describe(application.profile());
        enrolment.assign(application.siteId(), null, 1);
        return enrolments.save(enrolment);
    }

    /** A coordinator enrols somebody in a cohort of their programme; the enrolment starts as applied. */
    @Transactional
    public long enrol(NewEnrolment request) {
        CohortView cohort = catalogue.cohort(request.cohortId())
                .orElseThrow(() -> new NotFoundException("cohort", request.cohortId()));
        access.requireManage(cohort.programmeId());
        Instant now = Instant.now(clock);
        var person = people.findByProgrammeIdAndEmail(cohort.programmeId(), Person.normalise(request.person().email()))
                .orElseGet(() -> people.save(new Person(request.person(), cohort.programmeId(), now)));
        if (enrolments.findByPersonIdAndCohortIdAndRole(person.id(), cohort.id(), request.role()).isPresent()) {
            throw new FieldException("email", "application.duplicate");
        }
        var enrolment = Enrolment.apply(person, cohort.programmeId(), cohort.id(), request.role(), now);
        enrolment.describe(request.profile());
        enrolment.assign(request.siteId(), request.employerId(), request.capacity());
        return enrolments.save(enrolment).id();
    }

    /**
     * An employer's nomination; the employer module has checked that the caller speaks for the employer. An address
     * the programme does not know becomes a nominated mentor as typed. An address it knows belongs to somebody
     * who has not agreed to be tied to this employer (and whose name the employer must not learn): nobody is
     * attached, and only the owner of the address is told, by mail, and asked to tell their coordinator if they
     * agree. The caller is answered the same way; only their own earlier nomination of the address is refused as
     * a duplicate, which tells them nothing new.
     *
     * @return the new enrolment, or empty when the address was known
     */
    @Transactional
    public java.util.Optional<Long> nominateMentor(MentorNomination nomination) {
        CohortView cohort = catalogue.cohort(nomination.cohortId())
                .orElseThrow(() -> new NotFoundException("cohort", nomination.cohortId()));
        if (cohort.closed()) {
            throw new FieldException("cohortId", "application.cohort.closed");
        }
        Instant now = Instant.now(clock);
        var known = people.findByProgrammeIdAndEmail(cohort.programmeId(), Person.normalise(nomination.email()));
        if (known.isPresent()) {
            var person = known.get();
            var existing = enrolments.findByPersonIdAndCohortIdAndRole(person.id(), cohort.id(),
                    ParticipantRole.MENTOR);
            if (existing.isPresent() && Long.valueOf(nomination.employerId()).equals(existing.get().employerId())) {
                throw new FieldException("email", "nomination.duplicate");
            }
            nominationMails.askKnownPerson(person, cohort.programmeId(), nomination.employerName());
            return java.util.Optional.empty();
        }
        var person = people.save(new Person(new PersonData(nomination.firstName(), nomination.lastName(),
                nomination.email(), null, nomination.birthYear(), null, null, null, null), cohort.programmeId(), now));
        return java.util.Optional.of(enrolments.save(Enrolment.nominate(person, cohort.programmeId(), cohort.id(),
                nomination.employerId(), now)).id());
    }

    /**
     * The participant edit: person, profile and placement in one go. Everything is checked before anything
     * changes, and it is one transaction, so a refusal of any part leaves all of it as it was.
     */
    @Transactional
    public void change(long enrolmentId, ParticipantChange change) {
        var enrolment = manageable(enrolmentId);
        var person = enrolment.person();
        Versions.require(change.version(), enrolment.version());
        Versions.require(change.personVersion(), person.version());
        if (!Person.normalise(change.person().email()).equals(person.email())) {
            people.findByProgrammeIdAndEmail(enrolment.programmeId(), Person.normalise(change.person().email()))
                    .ifPresent(other -> {
                throw new FieldException("email", "person.email.taken");
            });
            throw new FieldException("email", "person.email.fixed");
        }
        requireSite(enrolment.programmeId(), change.siteId());
        enrolment.change(change.person(), change.profile(), change.siteId(), change.employerId(),
                change.capacity());
        enrolments.findByPerson(person.id()).forEach(Enrolment::sortAsNamed);
    }

    @Transactional
    public void describe(long enrolmentId, Profile profile) {
        manageable(enrolmentId).describe(profile);
    }

    private void requireSite(long programmeId, Long siteId) {
        if (siteId != null && catalogue.sites(programmeId).stream().noneMatch(s -> s.id() == siteId)) {
            throw new FieldException("siteId", "application.site.unknown");
        }
    }

    @Transactional
    public void planIntake(long enrolmentId, LocalDateTime at) {
        move(manageable(enrolmentId), e -> e.planIntake(at, Instant.now(clock)));
    }

    @Transactional
    public void recordIntake(long enrolmentId, String notes, Set<IntakeCheck> checks) {
        move(manageable(enrolmentId), e -> e.recordIntake(notes, checks, Instant.now(clock)));
    }

    @Transactional
    public void declareEligible(long enrolmentId) {
        var enrolment = manageable(enrolmentId);
        ProgrammeRules rules = catalogue.rules(enrolment.programmeId()).orElseThrow();
        int startYear = catalogue.cohort(enrolment.cohortId()).orElseThrow().startDate().getYear();
        move(enrolment, e -> e.declareEligible(Eligibility.check(rules, e.role(), e.person().birthYear(), startYear),
                IntakeCheck.forProgramme(rules.kind(), e.role()), Instant.now(clock)));
    }

    @Transactional
    public void reject(long enrolmentId, String reason) {
        move(manageable(enrolmentId), e -> e.reject(reason, Instant.now(clock)));
    }

    @Transactional
    public void markTrained(long enrolmentId) {
        move(manageable(enrolmentId), e -> e.markTrained(Instant.now(clock)));
    }

    @Transactional
    public void markReadyToMatch(long enrolmentId) {
        var enrolment = manageable(enrolmentId);
        boolean consent = consents.active(enrolment.person().id(), enrolment.programmeId(),
                ConsentPurpose.PARTICIPATION);
        move(enrolment, e -> e.markReadyToMatch(consent, Instant.now(clock)));
    }

    /**
     * Withdraws somebody from their cohort. Their open duo ends through {@link EnrolmentWithdrawn} (the duo module
     * listens), which also gives a mentor's place back and puts the partner back in the pool.
     */
    @Transactional
    public void withdraw(long enrolmentId, String reason) {
        withdraw(manageable(enrolmentId), reason, accounts.requireCurrent().email());
    }

    void withdraw(Enrolment enrolment, String reason, String by) {
        move(enrolment, e -> e.withdraw(reason, Instant.now(clock)));
        events.publishEvent(new EnrolmentWithdrawn(enrolment.id(), enrolment.programmeId(), enrolment.cohortId(),
                enrolment.role(), reason.trim(), by));
    }

    /** Moves an enrolment to a status by the one command that leads there (for pages and the API). */
    @Transactional
    public void advance(long enrolmentId, EnrolmentStatus target, String reason) {
        switch (target) {
            case ELIGIBLE -> declareEligible(enrolmentId);
            case REJECTED -> reject(enrolmentId, reason);
            case TRAINED -> markTrained(enrolmentId);
            case READY_TO_MATCH -> markReadyToMatch(enrolmentId);
            case WITHDRAWN -> withdraw(enrolmentId, reason);
            default -> throw new DomainException("enrolment.status.manual", target);
        }
    }

    /** Takes a step and tells the other modules when the status changed. */
    void move(Enrolment enrolment, Consumer<Enrolment> step) {
        EnrolmentStatus from = enrolment.status();
        step.accept(enrolment);
        if (enrolment.status() != from) {
            events.publishEvent(new EnrolmentStatusChanged(enrolment.id(), enrolment.programmeId(),
                    enrolment.cohortId(), enrolment.role(), from, enrolment.status()));
        }
    }

    private Enrolment manageable(long enrolmentId) {
        return access.manageable(enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId)));
    }
}
