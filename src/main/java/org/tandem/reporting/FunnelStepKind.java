package org.tandem.reporting;

/**
 * The steps of a programme's funnel, in order. Mentees are not trained, mentors have no outcome: each role's funnel
 * leaves out the steps that do not apply to it ({@link #appliesTo}).
 */
public enum FunnelStepKind {
    APPLIED, ELIGIBLE, TRAINED, MATCHED, ACTIVE, COMPLETED, POSITIVE_AT_3_MONTHS, POSITIVE_AT_12_MONTHS;

    public boolean appliesTo(org.tandem.participant.ParticipantRole role) {
        return switch (this) {
            case TRAINED -> role == org.tandem.participant.ParticipantRole.MENTOR;
            case POSITIVE_AT_3_MONTHS, POSITIVE_AT_12_MONTHS -> role == org.tandem.participant.ParticipantRole.MENTEE;
            default -> true;
        };
    }
}
