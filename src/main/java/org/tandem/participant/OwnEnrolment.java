package org.tandem.participant;

import java.util.List;

/** A participant's own view of one enrolment: no sensitive data, nothing of anyone else. */
public record OwnEnrolment(long enrolmentId, long programmeId, String programmeName, String cohortName,
        ParticipantRole role, EnrolmentStatus status, List<EnrolmentView.ConsentView> consents) {
}
