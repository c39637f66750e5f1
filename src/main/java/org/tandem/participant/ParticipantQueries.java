package org.tandem.participant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DataVersion;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
public class ParticipantQueries {

    static final EnumSet<EnrolmentStatus> NOT_ENROLLED = EnumSet.of(EnrolmentStatus.REJECTED,
            EnrolmentStatus.WITHDRAWN);

    private final EnrolmentRepository enrolments;
    private final ConsentRepository consents;
    private final SensitiveRecordRepository sensitive;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantAccess access;
    private final ApplicationEventPublisher events;
    private final ConsentTexts consentTexts;
    private final EntityManager entityManager;
    private final DataVersion.Kept<Workload, ParticipantWorkload> workloads;
    private final DataVersion.Kept<Total, Long> totals;
    private final NamedParameterJdbcTemplate jdbc;

    private record Workload(List<Long> programmeIds, java.time.LocalDateTime from, java.time.LocalDateTime until) {
    }

    /** What a list's total depends on: its filters without paging or order, and the programmes the user sees. */
    private record Total(ParticipantFilter filter, Set<Long> scope) {

        static Total of(ParticipantFilter f, Set<Long> scope) {
            return new Total(new ParticipantFilter(f.programmeId(), f.cohortId(), f.role(), f.status(), f.siteId(),
                    f.employerId(), f.sector(), f.language(), f.q(), null, 0, 0), scope);
        }
    }

    ParticipantQueries(EnrolmentRepository enrolments, ConsentRepository consents,
            SensitiveRecordRepository sensitive, ProgrammeCatalogue catalogue, ParticipantAccess access,
            ApplicationEventPublisher events, ConsentTexts consentTexts, EntityManager entityManager,
            DataVersion version, DataSource dataSource) {
        this.entityManager = entityManager;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.workloads = version.keep(1_000);
        this.totals = version.keep(10_000);
        this.events = events;
        this.consentTexts = consentTexts;
        this.enrolments = enrolments;
        this.consents = consents;
        this.sensitive = sensitive;
        this.catalogue = catalogue;
        this.access = access;
    }

    /**
     * The participant list of the programmes the user manages, filtered, sorted and paged. The page's ids are sorted
     * first (a narrow sort over the matching enrolments, instead of sorting whole rows of enrolments and people), then
     * those enrolments are read with their people; the total is only counted when the page does not tell it, and
     * kept until the data changes (counting 20,000 enrolments was more than half of the list's time).
     */
    public PageOf<EnrolmentSummary> search(ParticipantFilter filter) {
        var scope = access.scope();
        var spec = EnrolmentSpecifications.matching(filter, scope);
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Enrolment.class);
        var where = spec.toPredicate(root, query, cb);
        query.select(root.<Long>get("id")).where(where).orderBy(order(filter, root, cb));
        List<Long> ids = entityManager.createQuery(query).setFirstResult(filter.page() * filter.size())
                .setMaxResults(filter.size()).getResultList();
        long total = !ids.isEmpty() && ids.size() < filter.size() ? (long) filter.page() * filter.size() + ids.size()
                : totals.get(Total.of(filter, scope), () -> count(spec));
        Map<Long, EnrolmentSummary> found = new HashMap<>();
        if (!ids.isEmpty()) {
            summaries(ids).forEach(e -> found.put(e.id(), e));
        }
        return new PageOf<>(ids.stream().map(found::get).toList(), filter.page(),
                filter.size(), total);
    }

    /**
     * The rows of a page, read with SQL: Hibernate translates a query with a list parameter ({@code in ?1}) from
     * scratch on every call, which was a third of this read (13 % of a list page's CPU).
     */
    private List<EnrolmentSummary> summaries(List<Long> ids) {
        return jdbc.query("""
                select e.id, e.person_id, p.first_name, p.last_name, p.email, p.city, e.programme_id, e.cohort_id,
                  e.role, e.status, e.employer_id, e.site_id, e.capacity, e.applied_at, e.status_changed_at
                from enrolment e join person p on p.id = e.person_id where e.id in (:ids)""", Map.of("ids", ids),
                (rs, row) -> new EnrolmentSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        ParticipantRole.valueOf(rs.getString(9)), EnrolmentStatus.valueOf(rs.getString(10)),
                        rs.getObject(11, Long.class), rs.getObject(12, Long.class), rs.getInt(13),
                        rs.getObject(14, OffsetDateTime.class).toInstant(),
                        rs.getObject(15, OffsetDateTime.class).toInstant()));
    }

    private long count(org.springframework.data.jpa.domain.Specification<Enrolment> spec) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Enrolment.class);
        query.select(cb.count(root)).where(spec.toPredicate(root, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * Within one programme the name order starts with the programme (the same order, as it is one value): H2 reads
     * the programme's name index in order only when the order names the index's first column.
     */
    private static List<Order> order(ParticipantFilter filter, Root<Enrolment> root, CriteriaBuilder cb) {
        return switch (filter.sort()) {
            case NAME -> filter.programmeId() != null
                    ? List.of(cb.asc(root.get("programmeId")), cb.asc(root.get("sortLastName")),
                            cb.asc(root.get("sortFirstName")), cb.asc(root.get("id")))
                    : List.of(cb.asc(root.get("sortLastName")), cb.asc(root.get("sortFirstName")),
                            cb.asc(root.get("id")));
            case STATUS -> List.of(cb.asc(root.get("status")), cb.asc(root.get("sortLastName")),
                    cb.asc(root.get("id")));
            case APPLIED -> List.of(cb.desc(root.get("appliedAt")), cb.desc(root.get("id")));
            case RECENT -> List.of(cb.desc(root.get("statusChangedAt")), cb.desc(root.get("id")));
        };
    }

    public EnrolmentView get(long enrolmentId) {
        var enrolment = access.manageable(enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId)));
        return view(enrolment);
    }

    /**
     * Break-glass for admins (issue 13): the sensitive record of one enrolment, only with a stated reason, which is
     * published as {@link SensitiveDataBreakGlass} for the audit log (which keeps the fact, not the free-text reason).
     * The programme's own coordinators never need this: {@link #get} shows it to them.
     */
    @Transactional
    public EnrolmentView.SensitiveView breakGlass(long enrolmentId, String reason) {
        var enrolment = access.manageable(enrolments.findById(enrolmentId)
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId)));
        if (reason == null || reason.strip().length() < 10) {
            throw new FieldException("reason", "sensitive.breakGlass.reason");
        }
        var user = access.currentUser();
        events.publishEvent(new SensitiveDataBreakGlass(user.id(), enrolmentId, enrolment.programmeId(),
                reason.strip(), java.time.Instant.now()));
        return sensitiveOf(enrolment);
    }

    private EnrolmentView.SensitiveView sensitiveOf(Enrolment enrolment) {
        return catalogue.rules(enrolment.programmeId()).orElseThrow().recordsMigrationBackground()
                ? sensitive.findByPersonIdAndProgrammeId(enrolment.person().id(), enrolment.programmeId())
                        .map(s -> new EnrolmentView.SensitiveView(s.countryOfBirth(), s.migrationBackground(),
                                s.recordedAt())).orElse(null)
                : null;
    }

    /** Only the coordinators assigned to the programme see sensitive data as a matter of course; admins break glass. */
    private boolean readsSensitive(long programmeId) {
        var user = access.currentUser();
        return user.has(org.tandem.account.Role.COORDINATOR) && user.programmeIds().contains(programmeId);
    }

    EnrolmentView view(Enrolment enrolment) {
        var person = enrolment.person();
        var rules = catalogue.rules(enrolment.programmeId()).orElseThrow();
        var cohort = catalogue.cohort(enrolment.cohortId()).orElseThrow();
        var consentViews = consentTexts.views(enrolment.programmeId(),
                consents.findByPersonIdAndProgrammeIdOrderByGivenAt(person.id(), enrolment.programmeId()));
        var sensitiveView = readsSensitive(enrolment.programmeId()) ? sensitiveOf(enrolment) : null;
        if (sensitiveView != null) {
            events.publishEvent(new SensitiveDataShown(access.currentUser().id(), enrolment.id(), person.id(),
                    enrolment.programmeId()));
        }
        return new EnrolmentView(EnrolmentSummary.from(enrolment), person.data(), enrolment.profile(),
                enrolment.history().stream().map(h -> new EnrolmentView.HistoryEntry(h.status(), h.changedAt(),
                        h.reason())).toList(),
                enrolment.intakeAt(), enrolment.intakeNotes(), enrolment.intakeChecks(),
                IntakeCheck.forProgramme(rules.kind(), enrolment.role()),
                Eligibility.check(rules, enrolment.role(), person.birthYear(), cohort.startDate().getYear()),
                enrolment.status().next(enrolment.role()), consentViews, sensitiveView, enrolment.version(),
                person.version());
    }

    /** The employees an employer released as mentors; the employer module checks who may ask. */
    public List<EmployeeMentor> mentorsOfEmployer(long employerId) {
        return enrolments.findByEmployer(employerId).stream()
                .map(e -> new EmployeeMentor(e.id(), e.person().firstName(), e.person().lastName(), e.cohortId(),
                        e.status()))
                .toList();
    }

    /** Enrolled mentors per employer in a programme, for the programme's targets. */
    public Map<Long, Long> mentorsPerEmployer(long programmeId) {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : enrolments.mentorsPerEmployer(programmeId, NOT_ENROLLED)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * What waits for a coordinator in the intake pipeline of the given programmes (those the user does not manage
     * are left out): applications to screen, intakes planned from {@code from} up to (not including) {@code until}, mentors ready to match
     * per cohort. Three grouped counts, whatever the number of participants.
     */
    public ParticipantWorkload workload(java.util.Collection<Long> programmeIds, java.time.LocalDateTime from,
            java.time.LocalDateTime until) {
        var user = access.currentUser();
        var managed = programmeIds.stream().filter(user::mayManageProgramme).toList();
        if (managed.isEmpty()) {
            return new ParticipantWorkload(Map.of(), Map.of(), Map.of());
        }
        return workloads.get(new Workload(managed, from, until), () -> countWorkload(managed, from, until));
    }

    private ParticipantWorkload countWorkload(List<Long> managed, java.time.LocalDateTime from,
            java.time.LocalDateTime until) {
        var applied = new HashMap<Long, Long>();
        enrolments.countByProgrammeAndStatus(managed, EnumSet.of(EnrolmentStatus.APPLIED))
                .forEach(r -> applied.put((Long) r[0], (Long) r[2]));
        var intakes = new HashMap<Long, Long>();
        enrolments.countIntakesBetween(managed, EnrolmentStatus.INTAKE_PLANNED, from, until)
                .forEach(r -> intakes.put((Long) r[0], (Long) r[1]));
        var ready = new HashMap<Long, Long>();
        enrolments.countPerCohort(managed, ParticipantRole.MENTOR, EnrolmentStatus.READY_TO_MATCH)
                .forEach(r -> ready.put((Long) r[0], (Long) r[1]));
        return new ParticipantWorkload(applied, intakes, ready);
    }

    /** A cohort's mentors and mentees who are ready to match, for the coordinators who manage it. */
    public List<MatchCandidate> readyToMatch(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        access.requireManage(cohort.programmeId());
        return enrolments.findByCohortAndStatus(cohortId, EnrolmentStatus.READY_TO_MATCH).stream()
                .map(MatchCandidate::from).toList();
    }

    /**
     * Mentors of a cohort who are matched or active but may guide more than one mentee: matching counts their
     * open duos to know whether a place is left.
     */
    public List<MatchCandidate> mentorsWithRoomForMore(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        access.requireManage(cohort.programmeId());
        return enrolments.findWithRoomForMore(cohortId, ParticipantRole.MENTOR,
                EnumSet.of(EnrolmentStatus.MATCHED, EnrolmentStatus.ACTIVE)).stream().map(MatchCandidate::from).toList();
    }

    /** The given enrolments as matching sees them, whatever their status; those the user may not manage are left out. */
    public List<MatchCandidate> matchCandidates(java.util.Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        var scope = access.scope();
        return enrolments.withPersonByIds(enrolmentIds).stream()
                .filter(e -> scope == null || scope.contains(e.programmeId())).map(MatchCandidate::from).toList();
    }

    /**
     * The names ("first last") of a cohort's people by enrolment id, for a list of its duos: one projection by
     * cohort instead of a list of thousands of ids.
     */
    public Map<Long, String> namesInCohort(long cohortId) {
        var scope = access.scope();
        var names = new HashMap<Long, String>();
        for (Object[] row : enrolments.namesInCohort(cohortId)) {
            if (scope == null || scope.contains((Long) row[1])) {
                names.put((Long) row[0], row[2] + " " + row[3]);
            }
        }
        return names;
    }

    /**
     * The names ("first last") of these enrolments' people, for a short list of duos; others' are left out. Read
     * with SQL: Hibernate translates a query with a list parameter afresh on every call (10 % of an at-risk list).
     */
    public Map<Long, String> names(java.util.Collection<Long> enrolmentIds) {
        var scope = access.scope();
        var names = new HashMap<Long, String>();
        if (!enrolmentIds.isEmpty()) {
            jdbc.query("""
                    select e.id, e.programme_id, p.first_name, p.last_name from enrolment e
                    join person p on p.id = e.person_id where e.id in (:ids)""",
                    Map.of("ids", new java.util.HashSet<>(enrolmentIds)), rs -> {
                        if (scope == null || scope.contains(rs.getLong(2))) {
                            names.put(rs.getLong(1), rs.getString(3) + " " + rs.getString(4));
                        }
                    });
        }
        return names;
    }

    /**
     * The shared profiles of the members of a duo, for the duo module, which has checked that the signed-in user is
     * one of them or coordinates them. No contact details, no sensitive data.
     */
    public List<MatchCandidate> duoMembers(java.util.Collection<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? List.of()
                : enrolments.withPersonByIds(enrolmentIds).stream().map(MatchCandidate::from).toList();
    }

    /** Which of these duo members agreed that their profile is shared with their duo partner. */
    public java.util.Set<Long> sharingTheirProfile(java.util.Collection<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? java.util.Set.of() : enrolments.withPersonByIds(enrolmentIds).stream()
                .filter(e -> consents.existsByPersonIdAndProgrammeIdAndPurposeAndWithdrawnAtIsNull(e.person().id(),
                        e.programmeId(), ConsentPurpose.PROFILE_SHARING))
                .map(Enrolment::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Which of these enrolments' people hold an active consent for this purpose in the enrolment's programme. */
    public java.util.Set<Long> consenting(java.util.Collection<Long> enrolmentIds, ConsentPurpose purpose) {
        return enrolmentIds.isEmpty() ? java.util.Set.of() : consents.enrolmentsConsenting(enrolmentIds, purpose);
    }

    /** Which of these enrolments' people hold no consent (never given, or withdrawn) for this purpose; unknown ids none. */
    public java.util.Set<Long> notConsenting(java.util.Collection<Long> enrolmentIds, ConsentPurpose purpose) {
        return enrolmentIds.isEmpty() ? java.util.Set.of() : consents.enrolmentsNotConsenting(enrolmentIds, purpose);
    }

    /** The contact details of duo members, for the duo module, which shares them only once both said yes. */
    public List<MemberContact> duoContacts(java.util.Collection<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? List.of()
                : enrolments.withPersonByIds(enrolmentIds).stream().map(e -> new MemberContact(e.id(),
                        e.person().email(), e.person().phone())).toList();
    }

    /** Names, addresses and languages of these enrolments' people, for mails about them. */
    public Map<Long, Addressee> addressees(java.util.Collection<Long> enrolmentIds) {
        var found = new HashMap<Long, Addressee>();
        if (!enrolmentIds.isEmpty()) {
            enrolments.withPersonByIds(enrolmentIds).forEach(e -> found.put(e.id(), Addressee.of(e)));
        }
        return found;
    }

    /**
     * The people enrolled in a cohort in a role (not rejected, not withdrawn), with their research consent, for a
     * module that asks them something on its own schedule (no signed-in user): it decides itself who may see them.
     */
    public List<CohortMember> cohortMembers(long cohortId, ParticipantRole role) {
        var found = enrolments.findInCohort(cohortId, role, NOT_ENROLLED);
        if (found.isEmpty()) {
            return List.of();
        }
        var consenting = new java.util.HashSet<>(consents.consenting(found.get(0).programmeId(),
                ConsentPurpose.RESEARCH, found.stream().map(e -> e.person().id()).toList()));
        return found.stream().map(e -> {
            var addressee = Addressee.of(e);
            return new CohortMember(e.id(), e.programmeId(), e.cohortId(), e.role(), e.siteId(), e.employerId(),
                    e.status(), e.appliedAt(), addressee.fullName(), addressee.email(), addressee.locale(),
                    consenting.contains(e.person().id()));
        }).toList();
    }

    long countEnrolled(long programmeId, ParticipantRole role) {
        return enrolments.countEnrolled(programmeId, role, NOT_ENROLLED);
    }

    /**
     * The mentors enrolled in the open cohorts of a programme (not rejected, not withdrawn), by name, for the
     * coordinators who manage it: the activity module takes their training attendance.
     */
    public List<ProgrammeMentor> mentorsInOpenCohorts(long programmeId) {
        access.requireManage(programmeId);
        var open = catalogue.cohorts(programmeId).stream().filter(c -> !c.closed()).map(c -> c.id())
                .collect(java.util.stream.Collectors.toSet());
        return enrolments.findEnrolled(programmeId, ParticipantRole.MENTOR, NOT_ENROLLED).stream()
                .filter(e -> open.contains(e.cohortId())).map(ProgrammeMentor::from).toList();
    }

    /**
     * When each mentor of a programme first reached a step (trained, matched), for metrics such as the share of
     * mentors trained before matching. Matched is the first of matched, active or completed: the first match.
     */
    public Map<Long, java.time.Instant> mentorsFirstReached(long programmeId, FunnelStep step) {
        var rows = switch (step) {
            case TRAINED -> enrolments.firstTrained(programmeId, ParticipantRole.MENTOR);
            case MATCHED -> enrolments.firstMatched(programmeId, ParticipantRole.MENTOR);
            default -> throw new IllegalArgumentException("no metric reads when mentors first reached " + step);
        };
        var found = new HashMap<Long, java.time.Instant>();
        for (Object[] row : rows) {
            found.put((Long) row[0], (java.time.Instant) row[1]);
        }
        return found;
    }
}
