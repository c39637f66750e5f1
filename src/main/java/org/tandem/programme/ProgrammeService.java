package org.tandem.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.account.UserSummary;
import org.tandem.shared.Country;
import org.tandem.shared.DataVersion;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * Programmes as the signed-in user may see them: admins all, coordinators the ones assigned to them.
 * A programme outside the user's scope does not exist for them (404, never 403, so that names do not leak).
 */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final CohortRepository cohorts;
    private final MetricCatalogue metrics;
    private final List<ProgrammePartUsage> usages;
    private final AccountService accounts;
    private final Clock clock;
    /** The programmes a scope sees (null: all), kept until the data changes: every list page offers them. */
    private final DataVersion.Kept<Optional<java.util.Set<Long>>, List<ProgrammeSummary>> visible;

    ProgrammeService(ProgrammeRepository programmes, CohortRepository cohorts, MetricCatalogue metrics,
            List<ProgrammePartUsage> usages, AccountService accounts, Clock clock, DataVersion version) {
        this.visible = version.keep(1_000);
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.metrics = metrics;
        this.usages = usages;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSummary> list() {
        var user = accounts.requireCurrent();
        var scope = user.managesAllProgrammes() ? Optional.<java.util.Set<Long>>empty()
                : Optional.of(java.util.Set.copyOf(user.programmeIds()));
        return visible.get(scope, () -> (scope.isEmpty() ? programmes.findAllByOrderByName()
                : programmes.findByIdInOrderByName(scope.get())).stream()
                .map(p -> new ProgrammeSummary(p.id(), p.name(), p.kind(), p.status(), p.sites().size(),
                        cohorts.countByProgrammeId(p.id())))
                .toList());
    }

    @Transactional(readOnly = true)
    public ProgrammeView get(long programmeId) {
        var programme = visible(programmeId);
        var targets = programme.targets().stream().map(t -> new TargetView(t.id(), t.metric(), t.comparator(),
                t.threshold(), boxed(metrics.measure(programmeId, t.metric())), t.version())).toList();
        return new ProgrammeView(programme.id(), programme.name(), programme.description(), programme.kind(),
                programme.status(), programme.languages(), programme.defaultDurationMonths(),
                programme.meetingFrequency(), programme.mentorMinimumAge(), programme.menteeMaximumAge(),
                programme.stages().stream().map(StageView::from).toList(),
                programme.sites().stream().map(SiteView::from).toList(), targets,
                cohorts.findByProgrammeIdOrderByStartDate(programmeId).stream().map(CohortView::from).toList(),
                programme.status().next(), programme.version());
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    @Transactional
    public long create(ProgrammeDetails details) {
        var user = accounts.requireCurrent();
        if (!user.has(Role.ADMIN) && !user.has(Role.COORDINATOR)) {
            throw new NotFoundException("programme", "new");
        }
        if (programmes.existsByNameIgnoreCase(details.name().trim())) {
            throw new FieldException("name", "programme.name.taken");
        }
        long id = programmes.save(Programme.draft(details, Instant.now(clock))).id();
        if (user.has(Role.COORDINATOR)) {
            // a call, not an event: the coordinator who creates a programme must be able to manage it at once
            accounts.assignProgramme(user.id(), id);
        }
        return id;
    }

    /** Changes the programme's details; {@code version} is the programme's as read (null: not compared). */
    @Transactional
    public void describe(long programmeId, ProgrammeDetails details, Long version) {
        var programme = visible(programmeId);
        Versions.require(version, programme.version());
        if (programmes.existsByNameIgnoreCaseAndIdNot(details.name().trim(), programmeId)) {
            throw new FieldException("name", "programme.name.taken");
        }
        programme.describe(details);
    }

    /** How long the programme keeps a person's data, for its coordinators and admins. */
    @Transactional(readOnly = true)
    public Retention retention(long programmeId) {
        return visible(programmeId).retention();
    }

    /** Sets how long the programme keeps a person's data after their participation ended (see {@link Retention}). */
    @Transactional
    public void keepDataFor(long programmeId, int months, int rejectedMonths) {
        visible(programmeId).keepFor(months, rejectedMonths);
    }

    @Transactional
    public void changeStatus(long programmeId, ProgrammeStatus status) {
        visible(programmeId).moveTo(status);
    }

    @Transactional
    public long addStage(long programmeId, String name, String description) {
        var programme = visible(programmeId);
        programme.addStage(name, description);
        programmes.flush();
        return programme.stages().get(programme.stages().size() - 1).id();
    }

    @Transactional
    public void changeStage(long programmeId, long stageId, String name, String description, Long version) {
        visible(programmeId).changeStage(stageId, name, description, version);
    }

    /** Removes a stage of the plan, unless a duo's progress still refers to it (the refusal says how many). */
    @Transactional
    public void removeStage(long programmeId, long stageId) {
        var programme = visible(programmeId);
        var name = programme.stages().stream().filter(s -> s.id() == stageId).map(Stage::name).findFirst()
                .orElseThrow(() -> new NotFoundException("stage", stageId));
        requireUnused("programme.stage.inUse", name, usages.stream().map(u -> u.stage(stageId)));
        programme.removeStage(stageId);
    }

    @Transactional
    public void moveStage(long programmeId, long stageId, int delta) {
        visible(programmeId).moveStage(stageId, delta);
    }

    @Transactional
    public void reorderStages(long programmeId, List<Long> stageIds) {
        visible(programmeId).reorderStages(stageIds);
    }

    @Transactional
    public long addSite(long programmeId, String city, Country country) {
        var programme = visible(programmeId);
        var site = programme.addSite(city, country);
        programmes.flush();
        return site.id();
    }

    /** Removes a site, unless enrolments (or anything else) still refer to it (the refusal says what). */
    @Transactional
    public void removeSite(long programmeId, long siteId) {
        var programme = visible(programmeId);
        var city = programme.sites().stream().filter(s -> s.id() == siteId).map(Site::city).findFirst()
                .orElseThrow(() -> new NotFoundException("site", siteId));
        requireUnused("programme.site.inUse", city, usages.stream().map(u -> u.site(siteId)));
        programme.removeSite(siteId);
    }

    private static void requireUnused(String code, String part, Stream<Optional<PartUse>> uses) {
        var used = uses.flatMap(Optional::stream).toList();
        if (!used.isEmpty()) {
            throw new DomainException(code, part, PartUse.all(used));
        }
    }

    @Transactional
    public long addTarget(long programmeId, Metric metric, Comparator comparator, int threshold) {
        var programme = visible(programmeId);
        var target = programme.addTarget(metric, comparator, threshold);
        programmes.flush();
        return target.id();
    }

    @Transactional
    public void changeTarget(long programmeId, long targetId, Metric metric, Comparator comparator, int threshold,
            Long version) {
        visible(programmeId).changeTarget(targetId, metric, comparator, threshold, version);
    }

    @Transactional
    public void removeTarget(long programmeId, long targetId) {
        visible(programmeId).removeTarget(targetId);
    }

    @Transactional
    public long addCohort(long programmeId, CohortDetails details) {
        visible(programmeId).requireOpen();
        if (cohorts.existsByProgrammeIdAndNameIgnoreCase(programmeId, details.name().trim())) {
            throw new FieldException("name", "cohort.name.taken");
        }
        return cohorts.save(new Cohort(programmeId, details.name(), details.kind(), details.startDate(),
                details.endDate())).id();
    }

    @Transactional
    public void changeCohort(long programmeId, long cohortId, CohortDetails details, Long version) {
        visible(programmeId).requireOpen();
        Versions.require(version, cohort(programmeId, cohortId).version());
        if (cohorts.existsByProgrammeIdAndNameIgnoreCaseAndIdNot(programmeId, details.name().trim(), cohortId)) {
            throw new FieldException("name", "cohort.name.taken");
        }
        cohort(programmeId, cohortId).reschedule(details.name(), details.kind(), details.startDate(),
                details.endDate());
    }

    @Transactional
    /** A cohort with duos still open is not closed: the refusal names them, to be completed or ended first. */
    public void closeCohort(long programmeId, long cohortId) {
        visible(programmeId);
        var cohort = cohort(programmeId, cohortId);
        requireUnused("programme.cohort.openWork", cohort.name(), usages.stream().map(u -> u.openInCohort(cohortId)));
        cohort.close();
    }

    @Transactional(readOnly = true)
    public CohortView getCohort(long programmeId, long cohortId) {
        visible(programmeId);
        return CohortView.from(cohort(programmeId, cohortId));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> coordinators(long programmeId) {
        visible(programmeId);
        return accounts.assignedTo(programmeId);
    }

    @Transactional
    public void assignCoordinator(long programmeId, long userId) {
        requireAdmin();
        visible(programmeId);
        // a call: a coordinator's programmes are their account's scope, which is what this action changes
        accounts.assignProgramme(userId, programmeId);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> researchers(long programmeId) {
        visible(programmeId);
        return accounts.researchersOf(programmeId);
    }

    /** A researcher assigned to a programme sees the analyses of its evaluation, and nothing else of it. */
    @Transactional
    public void assignResearcher(long programmeId, long userId) {
        requireAdmin();
        visible(programmeId);
        if (accounts.researchers().stream().noneMatch(user -> user.id() == userId)) {
            throw new NotFoundException("researcher", userId);
        }
        accounts.assignProgramme(userId, programmeId);
    }

    @Transactional
    public void unassignCoordinator(long programmeId, long userId) {
        requireAdmin();
        visible(programmeId);
        accounts.unassignProgramme(userId, programmeId);
    }

    private void requireAdmin() {
        if (!accounts.requireCurrent().has(Role.ADMIN)) {
            throw new NotFoundException("coordinator assignment", "");
        }
    }

    private Cohort cohort(long programmeId, long cohortId) {
        return cohorts.findById(cohortId).filter(c -> c.programmeId() == programmeId)
                .orElseThrow(() -> new NotFoundException("cohort", cohortId));
    }

    private Programme visible(long programmeId) {
        CurrentUser user = accounts.requireCurrent();
        if (!user.mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
        return programmes.findById(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
    }
}
