package org.tandem.duo;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.PartUse;
import org.tandem.programme.ProgrammePartUsage;

/** Duos' stage progress refers to the programme's stages: one a duo reached or skipped stays. */
@Component
@Transactional(readOnly = true)
class DuoPartUsage implements ProgrammePartUsage {

    private final StageProgressRepository progress;

    DuoPartUsage(StageProgressRepository progress) {
        this.progress = progress;
    }

    @Override
    public Optional<PartUse> site(long siteId) {
        return Optional.empty();
    }

    @Override
    public Optional<PartUse> stage(long stageId) {
        long duos = progress.countByStageId(stageId);
        return duos == 0 ? Optional.empty() : Optional.of(new PartUse("duo.stage.usedBy", duos));
    }
}
