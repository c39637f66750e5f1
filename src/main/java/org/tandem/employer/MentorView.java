package org.tandem.employer;

import org.tandem.participant.EmployeeMentor;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.programme.CohortView;

/** An employee the employer nominated, as the employer and its coordinators see it: nothing of mentees. */
public record MentorView(long enrolmentId, String firstName, String lastName, long programmeId, String programmeName,
        long cohortId, String cohortName, EnrolmentStatus status, MentorGroup group) {

    static MentorView from(EmployeeMentor mentor, CohortView cohort, String programmeName) {
        return new MentorView(mentor.enrolmentId(), mentor.firstName(), mentor.lastName(), cohort.programmeId(),
                programmeName, cohort.id(), cohort.name(), mentor.status(), MentorGroup.of(mentor.status()));
    }
}
