package org.tandem.evaluation;

import java.time.LocalDate;

/**
 * What a coordinator plans: who is asked (a cohort's mentors, mentees or employer contacts), with which questionnaire
 * version, what for, and when: fixed dates ({@code opensOn}..{@code closesOn}) or relative to each person's own
 * moment ({@code anchor} + {@code offsetDays}, open {@code openDays} days).
 */
public record WavePlan(Long cohortId, Long questionnaireId, String name, WaveRole role, WaveKind kind,
        WavePurpose purpose, boolean anonymous, LocalDate opensOn, LocalDate closesOn, WaveAnchor anchor,
        Integer offsetDays, Integer openDays) {
}
