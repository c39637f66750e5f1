package org.tandem.employer.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.employer.PipelineStage;

/** One step in the pipeline; a decline needs a reason. */
record StageForm(@NotNull PipelineStage stage, @Size(max = 500) String reason) {

    static StageForm empty() {
        return new StageForm(null, "");
    }
}
