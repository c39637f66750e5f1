package org.tandem.duo.web;

import java.io.Serializable;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.AgreementChange;
import org.tandem.programme.MeetingFrequency;

/**
 * The agreement form on the duo page and the API's request body; goals one per line. {@code version} and
 * {@code revision} are those of the agreement in force when the form was filled.
 */
record AgreementForm(String goals, MeetingFrequency frequency, AgreedMode mode, Integer durationMonths,
        String meetingPlace, String meetingTime, Boolean confidentiality, Integer version, Long revision)
        implements Serializable {

    static AgreementForm from(AgreementChange draft) {
        return new AgreementForm(draft.goals(), draft.frequency(), draft.mode(), draft.durationMonths(),
                draft.meetingPlace(), draft.meetingTime(), draft.confidentiality(), draft.version(),
                draft.revision());
    }

    AgreementChange toCommand() {
        return new AgreementChange(goals, frequency, mode, durationMonths, meetingPlace, meetingTime,
                confidentiality, version, revision);
    }
}
