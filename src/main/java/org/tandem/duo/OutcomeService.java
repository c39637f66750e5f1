package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DataVersion;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * Closure outcomes: the mentee's outcome at the end of a duo and at the follow-ups 3 and 12 months later, and
 * whether the mentor wants to start another duo. Coordinators of the duo's programme only: members may not record
 * them (403) and see none of them; anybody else does not find the duo (404).
 */
@Service
@Transactional(readOnly = true)
public class OutcomeService {

    static final Set<DuoState> CLOSED = EnumSet.of(DuoState.COMPLETED, DuoState.ENDED_EARLY);

    private record DueOn(long cohortId, LocalDate today) {
    }

    private final DuoRepository duos;
    private final DuoOutcomeRepository outcomes;
    private final DuoAccess access;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final Clock clock;
    /** Per cohort and day: the follow-ups due change with the data and with the date, nothing else. */
    private final DataVersion.Kept<DueOn, FollowUpCount> dueCounts;

    OutcomeService(DuoRepository duos, DuoOutcomeRepository outcomes, DuoAccess access, ProgrammeCatalogue catalogue,
            ParticipantQueries participants, Clock clock, DataVersion version) {
        this.duos = duos;
        this.outcomes = outcomes;
        this.access = access;
        this.catalogue = catalogue;
        this.participants = participants;
        this.clock = clock;
        this.dueCounts = version.keep(1_000);
    }

    /** The duo's outcomes per moment, for its coordinators. */
    public DuoOutcomes of(long duoId) {
        return view(access.manageable(duoId).duo());
    }

    /** Records the outcome at a moment, or corrects the one recorded before. */
    @Transactional
    public DuoOutcomes record(long duoId, OutcomeMoment moment, OutcomeEntry entry) {
        var seen = access.manageable(duoId);
        var duo = seen.duo();
        var today = LocalDate.now(clock);
        DuoOutcome.requireRecordable(duo, moment, today);
        boolean careerSwitch = careerSwitch(duo);
        var existing = outcomes.findByDuoIdAndMoment(duoId, moment);
        if (entry != null) {
            // a correction of an outcome that is not there (any more) is as stale as one of a changed outcome
            Versions.require(entry.version(), existing.map(DuoOutcome::version).orElse(-1L));
        }
        if (existing.isPresent()) {
            existing.get().correct(entry, careerSwitch, seen.viewer().email(), Instant.now(clock));
        } else {
            outcomes.saveAndFlush(DuoOutcome.record(duo, moment, entry, careerSwitch, today, seen.viewer().email(),
                    Instant.now(clock)));
        }
        return view(duo);
    }

    /** Whether the mentor wants to start another duo, recorded or corrected after the end (null: not known). */
    @Transactional
    public DuoOutcomes mentorContinues(long duoId, Boolean answer) {
        var duo = access.manageable(duoId).duo();
        if (!CLOSED.contains(duo.state())) {
            throw new DomainException("duo.outcome.notClosed");
        }
        duo.mentorContinues(answer);
        return view(duo);
    }

    /**
     * Closed duos of the cohort whose 3- or 12-month follow-up may be recorded and is not, the most urgent first.
     * A 3-month follow-up still missing when the 12-month one opens is left off: the later one supersedes it.
     */
    public List<FollowUpDue> followUpsDue(long cohortId) {
        var closed = closedDuos(cohortId);
        var today = LocalDate.now(clock);
        var pending = pending(cohortId, closed, today);
        if (pending.isEmpty()) {
            return List.of();
        }
        var names = participants.namesInCohort(cohortId);
        var due = new ArrayList<FollowUpDue>();
        pending.forEach((duo, moment) -> due.add(new FollowUpDue(duo.id(), cohortId,
                names.get(duo.mentorEnrolmentId()), names.get(duo.menteeEnrolmentId()), duo.state(), duo.endedOn(),
                moment, moment.dueOn(duo.endedOn()), moment.overdueOn(duo.endedOn(), today))));
        due.sort(Comparator.comparing(FollowUpDue::dueOn).thenComparing(FollowUpDue::duoId));
        return due;
    }

    /**
     * How many follow-ups of the cohort {@link #followUpsDue(long)} lists, and how many of them are overdue, without
     * the members' names: a fixed number of queries whatever the number of duos (the coordinator's day).
     */
    public FollowUpCount followUpsDueCount(long cohortId) {
        requireManage(cohortId);
        var today = LocalDate.now(clock);
        return dueCounts.get(new DueOn(cohortId, today), () -> {
            var pending = pending(cohortId, duos.closedInCohort(cohortId, CLOSED), today);
            long overdue = pending.entrySet().stream()
                    .filter(e -> e.getValue().overdueOn(e.getKey().endedOn(), today)).count();
            return new FollowUpCount(cohortId, pending.size(), overdue);
        });
    }

    private List<ClosedDuo> closedDuos(long cohortId) {
        requireManage(cohortId);
        return duos.closedInCohort(cohortId, CLOSED);
    }

    private void requireManage(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        access.requireManage(cohort.programmeId());
    }

    /** The closed duos with a follow-up to record now, and which one. */
    private Map<ClosedDuo, OutcomeMoment> pending(long cohortId, List<ClosedDuo> closed, LocalDate today) {
        var result = new java.util.LinkedHashMap<ClosedDuo, OutcomeMoment>();
        if (closed.isEmpty()) {
            return result;
        }
        var recorded = new HashMap<Long, Set<OutcomeMoment>>();
        outcomes.momentsInCohort(cohortId, CLOSED).forEach(o -> recorded
                .computeIfAbsent(o.duoId(), k -> EnumSet.noneOf(OutcomeMoment.class)).add(o.moment()));
        for (var duo : closed) {
            var done = recorded.getOrDefault(duo.id(), Set.of());
            var ended = duo.endedOn();
            if (!done.contains(OutcomeMoment.MONTHS_12) && OutcomeMoment.MONTHS_12.openOn(ended, today)) {
                result.put(duo, OutcomeMoment.MONTHS_12);
            } else if (!done.contains(OutcomeMoment.MONTHS_3) && OutcomeMoment.MONTHS_3.openOn(ended, today)
                    && !OutcomeMoment.MONTHS_12.openOn(ended, today)) {
                result.put(duo, OutcomeMoment.MONTHS_3);
            }
        }
        return result;
    }

    private DuoOutcomes view(Duo duo) {
        boolean careerSwitch = careerSwitch(duo);
        var kinds = Arrays.stream(OutcomeKind.values()).filter(k -> careerSwitch || !k.careerSwitchOnly()).toList();
        if (!CLOSED.contains(duo.state())) {
            return new DuoOutcomes(duo.id(), duo.state(), duo.endedOn(), duo.mentorContinues(), careerSwitch, kinds,
                    List.of());
        }
        Map<OutcomeMoment, OutcomeView> recorded = new HashMap<>();
        outcomes.findByDuoId(duo.id()).forEach(o -> recorded.put(o.moment(), o.view()));
        var today = LocalDate.now(clock);
        var ended = duo.endedOn();
        var moments = Arrays.stream(OutcomeMoment.values()).map(m -> new DuoOutcomes.Moment(m, m.opensOn(ended),
                m.dueOn(ended), m.openOn(ended, today), recorded.get(m) == null && m.overdueOn(ended, today),
                recorded.get(m))).toList();
        return new DuoOutcomes(duo.id(), duo.state(), ended, duo.mentorContinues(), careerSwitch, kinds, moments);
    }

    private boolean careerSwitch(Duo duo) {
        return catalogue.rules(duo.programmeId()).map(r -> r.kind() == ProgrammeKind.CAREER_SWITCH).orElse(false);
    }
}
