package org.tandem.duo;

import java.time.Instant;
import java.util.List;
import org.tandem.programme.MeetingFrequency;

/**
 * One version of a duo's agreement with its signatures; {@code current} is the version in force. Its revision
 * counts the changes and signatures of this version, for {@link AgreementChange}.
 */
public record AgreementView(long id, int version, boolean current, List<String> goals, MeetingFrequency frequency,
        AgreedMode mode, int durationMonths, String meetingPlace, String meetingTime, String codeOfConduct,
        int codeOfConductVersion, boolean confidentiality, Instant createdAt, String createdBy,
        Signature mentorSignature, Signature menteeSignature, long revision) {

    /** Who signed for one side, and when; null when that side has not signed. */
    public record Signature(Instant at, String by) {
    }

    public Signature signature(DuoSide side) {
        return side == DuoSide.MENTOR ? mentorSignature : menteeSignature;
    }

    public boolean signedByBoth() {
        return mentorSignature != null && menteeSignature != null;
    }

    public boolean signedByAnyone() {
        return mentorSignature != null || menteeSignature != null;
    }
}
