package org.tandem.employer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An employer's recruitment for one programme, with its pledge and dated history. */
public record RecruitmentView(long programmeId, String programmeName, PipelineStage stage, int pledgedMentors,
        int hoursPerMonth, String declineReason, List<Step> history, Set<PipelineStage> nextStages, long version) {

    public record Step(PipelineStage stage, Instant changedAt, String changedBy, String reason) {
    }

    static RecruitmentView from(Recruitment r, String programmeName) {
        return new RecruitmentView(r.programmeId(), programmeName, r.stage(), r.pledgedMentors(), r.hoursPerMonth(),
                r.declineReason(), r.history().stream()
                        .map(s -> new Step(s.stage(), s.changedAt(), s.changedBy(), s.reason())).toList(),
                r.stage().next(), r.version());
    }
}
