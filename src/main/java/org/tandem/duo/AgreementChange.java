package org.tandem.duo;

import org.tandem.programme.MeetingFrequency;

/**
 * Writes a duo's agreement: what the duo agrees on, goals one per line. The code of conduct is always the
 * programme's current one.
 */
public record AgreementChange(String goals, MeetingFrequency frequency, AgreedMode mode, Integer durationMonths,
        String meetingPlace, String meetingTime, Boolean confidentiality) {
}
