package org.tandem.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ProgrammeMentor;
import org.tandem.participant.TrainingEvents.TrainingCompleted;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * A programme's mentor training: the path, its sessions, attendance and e-learning completions, for the
 * coordinators of the programme (and admins); for anyone else none of it exists. A mentor who completes the path is
 * announced once ({@link TrainingCompleted}); the participant module moves the enrolment to trained.
 */
@Service
public class TrainingService {

    private final TrainingPathRepository paths;
    private final TrainingSessionRepository sessions;
    private final TrainingCompletionRepository completions;
    private final TrainingResultRepository results;
    private final ParticipantQueries participants;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingService(TrainingPathRepository paths, TrainingSessionRepository sessions,
            TrainingCompletionRepository completions, TrainingResultRepository results,
            ParticipantQueries participants, ProgrammeCatalogue catalogue, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.paths = paths;
        this.sessions = sessions;
        this.completions = completions;
        this.results = results;
        this.participants = participants;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /** The programme's path, or null when it has none (its mentors are then marked trained by hand). */
    @Transactional(readOnly = true)
    public TrainingPathView path(long programmeId) {
        requireManage(programmeId);
        return paths.findById(programmeId).map(TrainingPathView::from).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<SessionView> sessions(long programmeId) {
        requireManage(programmeId);
        var names = moduleNames(programmeId);
        return sessions.findByProgrammeIdOrderByStartsAtAscIdAsc(programmeId).stream()
                .map(s -> SessionView.from(s, names.get(s.moduleId()))).toList();
    }

    @Transactional(readOnly = true)
    public SessionView session(long sessionId) {
        var session = manageable(sessionId);
        return SessionView.from(session, moduleNames(session.programmeId()).get(session.moduleId()));
    }

    /** The mentors of the programme's open cohorts and where each stands on the path (empty without a path). */
    @Transactional(readOnly = true)
    public List<MentorTraining> mentors(long programmeId) {
        requireManage(programmeId);
        var path = paths.findById(programmeId).orElse(null);
        if (path == null) {
            return List.of();
        }
        var completed = completedModules(path);
        return participants.mentorsInOpenCohorts(programmeId).stream()
                .map(m -> progress(path, m, completed.getOrDefault(m.enrolmentId(), Set.of()))).toList();
    }

    /**
     * Where one mentor stands on their programme's path, for the participant page; empty when the programme has no
     * path. The caller has checked that the user manages the enrolment.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<MentorPath> pathOf(long enrolmentId, long programmeId) {
        return paths.findById(programmeId).map(path -> {
            Set<Long> done = new HashSet<>(sessions.modulesAttended(enrolmentId));
            done.addAll(completions.modulesCompleted(enrolmentId));
            return new MentorPath(TrainingPathView.from(path), done, path.requiredDone(done), path.threshold(),
                    path.trained(done));
        });
    }

    /** A mentor's path with what they have done. */
    public record MentorPath(TrainingPathView path, Set<Long> completedModules, int requiredDone, int threshold,
            boolean trained) {
    }

    // --- commands

    /** Defines or changes the programme's path; a module that has sessions or completions is not removed. */
    @Transactional
    public TrainingPathView definePath(long programmeId, PathDefinition definition) {
        requireManage(programmeId);
        var path = paths.findById(programmeId).orElseGet(() -> new TrainingPath(programmeId));
        if (definition.version() != null && paths.existsById(programmeId)) {
            Versions.require(definition.version(), path.version());
        }
        Set<Long> removed = path.removedBy(definition);
        if (!removed.isEmpty() && (sessions.countByModuleIdIn(removed) > 0
                || completions.countByModuleIdIn(removed) > 0)) {
            throw new FieldException("modules", "training.module.inUse");
        }
        path.define(definition);
        return TrainingPathView.from(paths.saveAndFlush(path));
    }

    @Transactional
    public SessionView planSession(long programmeId, long moduleId, SessionDetails details) {
        requireManage(programmeId);
        var path = paths.findById(programmeId).orElseThrow(() -> new NotFoundException("training module", moduleId));
        var module = path.module(moduleId).orElseThrow(() -> new NotFoundException("training module", moduleId));
        if (module.kind() != ModuleKind.SESSION) {
            throw new FieldException("moduleId", "training.session.elearning");
        }
        requireSite(programmeId, details.siteId());
        var session = sessions.saveAndFlush(new TrainingSession(programmeId, moduleId, details, now()));
        return SessionView.from(session, module.name());
    }

    @Transactional
    public SessionView changeSession(long sessionId, SessionDetails details) {
        var session = manageable(sessionId);
        Versions.require(details.version(), session.version());
        requireSite(session.programmeId(), details.siteId());
        session.change(details, now());
        sessions.flush();
        return SessionView.from(session, moduleNames(session.programmeId()).get(session.moduleId()));
    }

    /**
     * Who was present at a session, as one list; those it completes the path for are announced. Only mentors of the
     * programme's open cohorts can be ticked.
     */
    @Transactional
    public SessionView recordAttendance(long sessionId, Attendance attendance) {
        var session = manageable(sessionId);
        Versions.require(attendance.version(), session.version());
        Set<Long> mentors = participants.mentorsInOpenCohorts(session.programmeId()).stream()
                .map(ProgrammeMentor::enrolmentId).collect(Collectors.toSet());
        Set<Long> stillListed = new HashSet<>(session.present());
        if (!mentors.containsAll(attendance.present().stream().filter(id -> !stillListed.contains(id)).toList())) {
            throw new FieldException("present", "training.attendance.unknown");
        }
        session.recordAttendance(attendance.present());
        sessions.flush();
        announce(paths.findById(session.programmeId()).orElseThrow(), attendance.present());
        return SessionView.from(session, moduleNames(session.programmeId()).get(session.moduleId()));
    }

    /** A coordinator marks an e-learning module completed for a mentor of the programme; twice is refused. */
    @Transactional
    public MentorTraining completeElearning(long moduleId, long enrolmentId) {
        var path = paths.findByModule(moduleId).orElseThrow(() -> new NotFoundException("training module", moduleId));
        if (!accounts.requireCurrent().mayManageProgramme(path.programmeId())) {
            throw new NotFoundException("training module", moduleId);
        }
        if (path.module(moduleId).orElseThrow().kind() != ModuleKind.E_LEARNING) {
            throw new FieldException("moduleId", "training.completion.notElearning");
        }
        var mentor = participants.mentorsInOpenCohorts(path.programmeId()).stream()
                .filter(m -> m.enrolmentId() == enrolmentId).findFirst()
                .orElseThrow(() -> new FieldException("enrolmentId", "training.attendance.unknown"));
        if (completions.existsByModuleIdAndEnrolmentId(moduleId, enrolmentId)) {
            throw new FieldException("enrolmentId", "training.completion.duplicate");
        }
        completions.saveAndFlush(new TrainingCompletion(moduleId, enrolmentId, Instant.now(clock),
                accounts.requireCurrent().email()));
        announce(path, Set.of(enrolmentId));
        var completed = completedModules(path);
        return progress(path, mentor, completed.getOrDefault(enrolmentId, Set.of()));
    }

    /** Announces, once, every one of these mentors whom the path now counts as trained. */
    private void announce(TrainingPath path, Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return;
        }
        var completed = completedModules(path);
        Instant now = Instant.now(clock);
        for (long enrolmentId : enrolmentIds) {
            if (path.trained(completed.getOrDefault(enrolmentId, Set.of())) && !results.existsById(enrolmentId)) {
                results.save(new TrainingResult(enrolmentId, path.programmeId(), now));
                events.publishEvent(new TrainingCompleted(enrolmentId, path.programmeId(), now));
            }
        }
    }

    /** When a mentor already trained by the path becomes eligible later, they are announced again. */
    void announceAgain(long enrolmentId, long programmeId) {
        results.findById(enrolmentId).ifPresent(result -> events.publishEvent(
                new TrainingCompleted(enrolmentId, programmeId, result.trainedAt())));
    }

    private Map<Long, Set<Long>> completedModules(TrainingPath path) {
        var done = new HashMap<Long, Set<Long>>();
        for (Object[] row : sessions.presences(path.programmeId())) {
            done.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        var moduleIds = path.modules().stream().map(TrainingModule::id).toList();
        if (!moduleIds.isEmpty()) {
            for (var completion : completions.findByModuleIdIn(moduleIds)) {
                done.computeIfAbsent(completion.enrolmentId(), k -> new HashSet<>()).add(completion.moduleId());
            }
        }
        return done;
    }

    private static MentorTraining progress(TrainingPath path, ProgrammeMentor mentor, Set<Long> completed) {
        return new MentorTraining(mentor.enrolmentId(), mentor.cohortId(), mentor.firstName(), mentor.lastName(),
                mentor.status(), Set.copyOf(completed), path.requiredDone(completed), path.threshold(),
                path.trained(completed));
    }

    private Map<Long, String> moduleNames(long programmeId) {
        return paths.findById(programmeId).map(p -> p.modules().stream()
                .collect(Collectors.toMap(TrainingModule::id, TrainingModule::name))).orElse(Map.of());
    }

    private TrainingSession manageable(long sessionId) {
        var session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("training session", sessionId));
        if (!accounts.requireCurrent().mayManageProgramme(session.programmeId())) {
            throw new NotFoundException("training session", sessionId);
        }
        return session;
    }

    private void requireManage(long programmeId) {
        if (catalogue.rules(programmeId).isEmpty()
                || !accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    private void requireSite(long programmeId, Long siteId) {
        if (siteId != null && catalogue.sites(programmeId).stream().noneMatch(s -> s.id() == siteId)) {
            throw new FieldException("siteId", "training.session.site");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
