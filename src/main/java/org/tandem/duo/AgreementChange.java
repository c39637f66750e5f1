package org.tandem.duo;

import org.tandem.programme.MeetingFrequency;

/**
 * Writes a duo's agreement: what the duo agrees on, goals one per line. The code of conduct is always the
 * programme's current one. {@code version} and {@code revision} say what the change was written on: the agreement
 * version in force then (0 for none yet) and its revision ({@link AgreementView#revision()}); a change written on
 * something that changed since, or was signed, is refused. Without them nothing is compared.
 */
public record AgreementChange(String goals, MeetingFrequency frequency, AgreedMode mode, Integer durationMonths,
        String meetingPlace, String meetingTime, Boolean confidentiality, Integer version, Long revision) {

    public AgreementChange(String goals, MeetingFrequency frequency, AgreedMode mode, Integer durationMonths,
            String meetingPlace, String meetingTime, Boolean confidentiality) {
        this(goals, frequency, mode, durationMonths, meetingPlace, meetingTime, confidentiality, null, null);
    }
}
