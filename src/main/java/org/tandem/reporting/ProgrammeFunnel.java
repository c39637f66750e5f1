package org.tandem.reporting;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.duo.DuoCounts;
import org.tandem.duo.MenteeOutcomeCounts;
import org.tandem.participant.EnrolmentReach;
import org.tandem.participant.ParticipantCounts;
import org.tandem.participant.ParticipantRole;

/**
 * The funnel of a programme: applied → eligible → trained → matched → active → completed → positive outcome at 3
 * and at 12 months, with the share lost at each step. Two grouped queries, whatever the number of people: one over
 * the enrolments' status history (participant module), one over the mentees' follow-up outcomes (duo module).
 * Coordinators of the programme, the researchers assigned to it and admins; anybody else does not find it.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeFunnel {

    private final ReportAccess access;
    private final ParticipantCounts participants;
    private final DuoCounts duos;
    private final Clock clock;

    ProgrammeFunnel(ReportAccess access, ParticipantCounts participants, DuoCounts duos, Clock clock) {
        this.access = access;
        this.participants = participants;
        this.duos = duos;
        this.clock = clock;
    }

    public Funnel of(long programmeId, ReportScope scope) {
        access.requireAnalyse(programmeId, scope);
        var zone = clock.getZone();
        var from = scope.fromInstant(zone);
        var until = scope.untilInstant(zone);
        var reach = participants.reach(programmeId, scope.cohortId(), scope.siteId(), from, until);
        var outcomes = duos.positiveFollowUps(programmeId, scope.cohortId(), scope.siteId(), from, until);
        EnrolmentReach mentors = find(reach, ParticipantRole.MENTOR);
        EnrolmentReach mentees = find(reach, ParticipantRole.MENTEE);
        return new Funnel(programmeId, scope, FunnelStep.of(counts(mentors, null)),
                FunnelStep.of(counts(mentees, outcomes)));
    }

    static Map<FunnelStepKind, Long> counts(EnrolmentReach reach, MenteeOutcomeCounts outcomes) {
        Map<FunnelStepKind, Long> counts = new EnumMap<>(FunnelStepKind.class);
        counts.put(FunnelStepKind.APPLIED, reach.applied());
        counts.put(FunnelStepKind.ELIGIBLE, reach.eligible());
        if (FunnelStepKind.TRAINED.appliesTo(reach.role())) {
            counts.put(FunnelStepKind.TRAINED, reach.trained());
        }
        counts.put(FunnelStepKind.MATCHED, reach.matched());
        counts.put(FunnelStepKind.ACTIVE, reach.active());
        counts.put(FunnelStepKind.COMPLETED, reach.completed());
        if (outcomes != null && FunnelStepKind.POSITIVE_AT_3_MONTHS.appliesTo(reach.role())) {
            counts.put(FunnelStepKind.POSITIVE_AT_3_MONTHS, outcomes.months3());
            counts.put(FunnelStepKind.POSITIVE_AT_12_MONTHS, outcomes.months12());
        }
        return counts;
    }

    private static EnrolmentReach find(java.util.List<EnrolmentReach> reach, ParticipantRole role) {
        return reach.stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }
}
