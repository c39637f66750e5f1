package org.tandem.participant;

/** What an employer sees of an employee it released as a mentor: nothing of mentees. */
public record EmployeeMentor(long enrolmentId, String firstName, String lastName, long cohortId,
        EnrolmentStatus status) {
}
