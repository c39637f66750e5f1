package org.tandem.participant;

/** A mentor enrolled in a cohort of a programme, as other modules list them (no contact details). */
public record ProgrammeMentor(long enrolmentId, long cohortId, String firstName, String lastName,
        EnrolmentStatus status) {

    static ProgrammeMentor from(Enrolment enrolment) {
        return new ProgrammeMentor(enrolment.id(), enrolment.cohortId(), enrolment.person().firstName(),
                enrolment.person().lastName(), enrolment.status());
    }
}
