package org.tandem.employer;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/** One dated step of a recruitment, with who took it and why (a reason is kept for declines). */
@Embeddable
class RecruitmentStep {

    @Enumerated(EnumType.STRING)
    private PipelineStage stage;

    private Instant changedAt;
    private String changedBy;
    @PersonalData(Kind.FREE_TEXT)
    private String reason;

    protected RecruitmentStep() {
    }

    RecruitmentStep(PipelineStage stage, Instant changedAt, String changedBy, String reason) {
        this.stage = stage;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    PipelineStage stage() {
        return stage;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    String reason() {
        return reason;
    }
}
