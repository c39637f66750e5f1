package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts about duos for the coordinator's day: counting queries, never a list of duos. */
@Service
@Transactional(readOnly = true)
public class DuoWorkload {

    private final DuoRepository duos;
    private final DuoAccess access;
    private final DuoSettingsService settings;
    private final Clock clock;

    DuoWorkload(DuoRepository duos, DuoAccess access, DuoSettingsService settings, Clock clock) {
        this.duos = duos;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The proposals of a programme the user manages that wait for an answer, per cohort (overdue: past the
     * programme's confirmation window, as the health signal counts them).
     */
    public List<ProposalCount> proposals(long programmeId) {
        access.requireManage(programmeId);
        Instant cutoff = Instant.now(clock).minus(settings.of(programmeId).confirmationWindow());
        return duos.countProposals(programmeId, cutoff).stream().map(r -> new ProposalCount(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
    }
}
