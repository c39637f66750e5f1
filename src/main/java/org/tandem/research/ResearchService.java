package org.tandem.research;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.account.UserSummary;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Research projects and their exports. The coordinators of a programme (and admins) create projects, put the
 * programme's researchers on them and read the export log; a researcher on a project, still assigned to its
 * programme, exports. For anybody else a project does not exist (404).
 */
@Service
public class ResearchService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final ResearchProjectRepository projects;
    private final ResearchExportRepository exports;
    private final ResearchKeys keys;
    private final DatasetBuilder builder;
    private final ExportFiles files;
    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResearchService(ResearchProjectRepository projects, ResearchExportRepository exports, ResearchKeys keys,
            DatasetBuilder builder, ExportFiles files, AccountService accounts, ProgrammeCatalogue catalogue,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.exports = exports;
        this.keys = keys;
        this.builder = builder;
        this.files = files;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The projects the signed-in user may see: of the programmes they manage, or that they are on as researcher. */
    @Transactional(readOnly = true)
    public List<ResearchProjectSummary> projects() {
        CurrentUser user = accounts.requireCurrent();
        var found = user.managesAllProgrammes() ? projects.findAllByOrderByProgrammeIdAscNameAsc()
                : projects.findByProgrammeIdInOrderByProgrammeIdAscNameAsc(user.programmeIds());
        Map<Long, String> names = programmeNames();
        return found.stream().filter(p -> visible(user, p))
                .map(p -> new ResearchProjectSummary(p.id(), p.programmeId(), names.get(p.programmeId()), p.name(),
                        p.members().size(), mayExport(user, p)))
                .toList();
    }

    /** The programmes in which the signed-in user may create a project. */
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmesToStudy() {
        CurrentUser user = accounts.requireCurrent();
        return catalogue.all().stream().filter(p -> user.mayManageProgramme(p.id())).toList();
    }

    @Transactional(readOnly = true)
    public ResearchProjectView project(long projectId) {
        CurrentUser user = accounts.requireCurrent();
        ResearchProject project = visible(projectId, user);
        boolean manage = user.mayManageProgramme(project.programmeId());
        List<UserSummary> researchers = accounts.researchersOf(project.programmeId());
        var members = project.members();
        List<UserSummary> on = researchers.stream().filter(r -> members.contains(r.id())).toList();
        List<UserSummary> candidates = manage ? researchers.stream().filter(r -> !members.contains(r.id())).toList()
                : List.of();
        List<ExportLogLine> log = manage ? exports.findByProjectIdOrderByExportedAtDescIdDesc(projectId).stream()
                .map(ResearchExport::line).toList() : List.of();
        boolean sensitive = catalogue.rules(project.programmeId()).map(r -> r.recordsMigrationBackground())
                .orElse(false);
        return new ResearchProjectView(project.id(), project.programmeId(), programmeNames().get(project.programmeId()),
                project.name(), project.description(), project.createdAt(), on, candidates, manage,
                mayExport(user, project), sensitive, keys.master().isPresent(), log);
    }

    @Transactional
    public long create(long programmeId, String name, String description) {
        CurrentUser user = accounts.requireCurrent();
        if (!user.mayManageProgramme(programmeId) || catalogue.rules(programmeId).isEmpty()) {
            throw new FieldException("programmeId", "research.project.programme.invalid");
        }
        return projects.save(new ResearchProject(programmeId, name, description, user.id(), Instant.now(clock)))
                .id();
    }

    /** Only a researcher assigned to the project's programme can be put on the project. */
    @Transactional
    public void addResearcher(long projectId, long accountId) {
        ResearchProject project = managed(projectId);
        if (accounts.researchersOf(project.programmeId()).stream().noneMatch(r -> r.id() == accountId)) {
            throw new FieldException("accountId", "research.project.researcher.invalid");
        }
        project.addMember(accountId);
    }

    @Transactional
    public void removeResearcher(long projectId, long accountId) {
        managed(projectId).removeMember(accountId);
    }

    @Transactional(readOnly = true)
    public List<ExportLogLine> log(long projectId) {
        managed(projectId);
        return exports.findByProjectIdOrderByExportedAtDescIdDesc(projectId).stream().map(ResearchExport::line)
                .toList();
    }

    /**
     * Makes an export for a researcher on the project, and logs it. The main files or, with {@code sensitive}, the
     * separate migration-background file (only when the programme records it). Refused without a research key.
     */
    @Transactional
    public ExportFile export(long projectId, ExportFormat format, boolean sensitive, Locale locale) {
        CurrentUser user = accounts.requireCurrent();
        ResearchProject project = projects.findById(projectId).filter(p -> mayExport(user, p))
                .orElseThrow(() -> new NotFoundException("research project", projectId));
        if (sensitive && !catalogue.rules(project.programmeId()).map(r -> r.recordsMigrationBackground())
                .orElse(false)) {
            throw new NotFoundException("sensitive file", projectId);
        }
        byte[] master = keys.master().orElseThrow(() -> new DomainException("research.export.noKey"));
        Pseudonyms pseudonyms = Pseudonyms.forProject(master, project.salt());
        Dataset dataset = builder.build(project.programmeId(), pseudonyms, sensitive);
        var tables = files.withCodebook(dataset, locale);
        byte[] bytes = format == ExportFormat.ZIP ? files.zip(tables) : files.workbook(tables);
        Instant now = Instant.now(clock);
        exports.save(new ResearchExport(project, user.id(), user.displayName(), now,
                (sensitive ? "s-" : "") + format.extension(), dataset.people(), dataset.rowCount(),
                dataset.suppressedPeople()));
        events.publishEvent(new ResearchExported(user.id(), project.id(), project.programmeId(), format, sensitive,
                dataset.people(), dataset.rowCount()));
        String name = "research-" + project.id() + (sensitive ? "-sensitive-" : "-") + STAMP.format(now) + "."
                + format.extension();
        return new ExportFile(name, format.mediaType(), bytes, dataset.people(), dataset.rowCount());
    }

    private ResearchProject visible(long projectId, CurrentUser user) {
        return projects.findById(projectId).filter(p -> visible(user, p))
                .orElseThrow(() -> new NotFoundException("research project", projectId));
    }

    private ResearchProject managed(long projectId) {
        CurrentUser user = accounts.requireCurrent();
        return projects.findById(projectId).filter(p -> user.mayManageProgramme(p.programmeId()))
                .orElseThrow(() -> new NotFoundException("research project", projectId));
    }

    private static boolean visible(CurrentUser user, ResearchProject project) {
        return user.mayManageProgramme(project.programmeId()) || mayExport(user, project);
    }

    /** A researcher on the project who is still assigned to its programme. */
    private static boolean mayExport(CurrentUser user, ResearchProject project) {
        return user.has(Role.RESEARCHER) && user.mayAnalyse(project.programmeId())
                && user.programmeIds().contains(project.programmeId()) && project.hasMember(user.id());
    }

    private Map<Long, String> programmeNames() {
        Map<Long, String> names = new HashMap<>();
        catalogue.all().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
