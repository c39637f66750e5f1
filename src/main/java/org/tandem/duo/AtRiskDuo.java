package org.tandem.duo;

import java.util.List;

/** A duo on its cohort's at-risk list, with the signals a coordinator has not followed up yet, most severe first. */
public record AtRiskDuo(long duoId, String mentorName, String menteeName, DuoState state, List<DuoSignal> signals) {
}
