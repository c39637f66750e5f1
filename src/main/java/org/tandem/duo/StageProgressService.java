package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.StageView;
import org.tandem.shared.FieldException;

/**
 * A running duo's way through its programme's stage plan. Its coordinators and both of its members record the
 * stages: the members know first when the mentee got somewhere, the coordinator often hears it on the phone.
 */
@Service
@Transactional(readOnly = true)
public class StageProgressService {

    private final StageProgressRepository progress;
    private final DuoAccess access;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;

    StageProgressService(StageProgressRepository progress, DuoAccess access, ProgrammeCatalogue catalogue,
            Clock clock) {
        this.progress = progress;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public StagePlan plan(long duoId) {
        return plan(access.readable(duoId).duo());
    }

    @Transactional
    public void record(long duoId, StageEntry entry) {
        var seen = access.readable(duoId);
        var duo = seen.duo();
        if (entry.stageId() == null) {
            throw new FieldException("stageId", "duo.stage.required");
        }
        long stageId = entry.stageId();
        if (catalogue.stages(duo.programmeId()).stream().noneMatch(s -> s.id() == stageId)) {
            throw new FieldException("stageId", "duo.stage.unknown");
        }
        if (progress.existsByDuoIdAndStageId(duoId, stageId)) {
            throw new FieldException("stageId", "duo.stage.already");
        }
        LocalDate started = duo.activatedAt() == null ? null : LocalDate.ofInstant(duo.activatedAt(), clock.getZone());
        progress.saveAndFlush(StageProgress.record(duo, stageId, entry.reachedOn(), entry.note(), entry.skipped(),
                entry.skipReason(), LocalDate.now(clock), started, seen.viewer().email(), Instant.now(clock)));
    }

    StagePlan plan(Duo duo) {
        var recorded = progress.findByDuoId(duo.id()).stream()
                .collect(Collectors.toMap(StageProgress::stageId, Function.identity()));
        var lines = new ArrayList<StagePlan.Line>();
        Long next = null;
        for (StageView stage : catalogue.stages(duo.programmeId())) {
            var p = recorded.get(stage.id());
            StagePlan.Status status;
            if (p != null) {
                status = p.skipped() ? StagePlan.Status.SKIPPED : StagePlan.Status.REACHED;
            } else if (next == null) {
                status = StagePlan.Status.NEXT;
                next = stage.id();
            } else {
                status = StagePlan.Status.LATER;
            }
            lines.add(new StagePlan.Line(stage.id(), stage.position(), stage.name(), stage.description(), status,
                    p == null ? null : p.reachedOn(), p == null ? null : p.note(),
                    p == null ? null : p.skipReason(), p == null ? null : p.recordedBy()));
        }
        return new StagePlan(duo.id(), lines, next, next != null && duo.state().isRunning());
    }
}
