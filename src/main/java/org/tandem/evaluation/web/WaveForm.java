package org.tandem.evaluation.web;

import java.time.LocalDate;
import org.tandem.evaluation.WaveAnchor;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WavePlan;
import org.tandem.evaluation.WavePurpose;
import org.tandem.evaluation.WaveRole;

/**
 * The wave planning form (and the API's body): {@code timing} FIXED uses the dates, RELATIVE the anchor, offset and
 * days open; the other half is ignored.
 */
record WaveForm(Long cohortId, Long questionnaireId, String name, WaveRole role, WaveKind kind, WavePurpose purpose,
        Boolean anonymous, String timing, LocalDate opensOn, LocalDate closesOn, WaveAnchor anchor,
        Integer offsetDays, Integer openDays) {

    static WaveForm blank() {
        return new WaveForm(null, null, null, WaveRole.MENTOR, WaveKind.BASELINE, WavePurpose.RESEARCH, false,
                "FIXED", null, null, WaveAnchor.DUO_START, 0, 14);
    }

    WavePlan toPlan() {
        boolean relative = "RELATIVE".equals(timing) || timing == null && anchor != null && opensOn == null;
        return relative
                ? new WavePlan(cohortId, questionnaireId, name, role, kind, purpose, Boolean.TRUE.equals(anonymous),
                        null, null, anchor == null ? WaveAnchor.DUO_START : anchor, offsetDays, openDays)
                : new WavePlan(cohortId, questionnaireId, name, role, kind, purpose, Boolean.TRUE.equals(anonymous),
                        opensOn, closesOn, null, null, null);
    }
}
