package org.tandem.duo;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.ParticipantQueries;
import org.tandem.programme.PartUse;
import org.tandem.programme.ProgrammePartUsage;

/**
 * Duos' stage progress refers to the programme's stages: one a duo reached or skipped stays. A cohort with open duos
 * stays open.
 */
@Component
@Transactional(readOnly = true)
class DuoPartUsage implements ProgrammePartUsage {

    private static final int NAMED = 5;

    private final StageProgressRepository progress;
    private final DuoRepository duos;
    private final ParticipantQueries participants;

    DuoPartUsage(StageProgressRepository progress, DuoRepository duos, ParticipantQueries participants) {
        this.progress = progress;
        this.duos = duos;
        this.participants = participants;
    }

    /** The cohort's open duos, the first five by name ("Mila Mentor & Sami Mentee, ..."). */
    @Override
    public Optional<PartUse> openInCohort(long cohortId) {
        var open = duos.findByCohortIdAndStateInOrderById(cohortId, DuoState.OPEN);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var named = open.stream().limit(NAMED).toList();
        var names = participants.matchCandidates(named.stream()
                .flatMap(d -> Stream.of(d.mentorEnrolmentId(), d.menteeEnrolmentId())).toList()).stream()
                .collect(Collectors.toMap(MatchCandidate::enrolmentId, MatchCandidate::name));
        String list = named.stream().map(d -> names.get(d.mentorEnrolmentId()) + " & " + names.get(d.menteeEnrolmentId()))
                .collect(Collectors.joining(", ")) + (open.size() > NAMED ? ", …" : "");
        return Optional.of(new PartUse("duo.cohort.openDuos", open.size(), list));
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
