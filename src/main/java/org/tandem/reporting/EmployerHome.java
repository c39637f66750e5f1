package org.tandem.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tandem.employer.MentorGroup;
import org.tandem.evaluation.AnalysisViews.SubsetComparison;

/**
 * The employer contact's home: where each employee they released stands, the contact moments held and due, and the
 * evaluation's before/after for their employees where enough of them agreed to share it. Nothing of mentees.
 */
public record EmployerHome(long employerId, String name, Map<MentorGroup, Long> byGroup, List<Employee> employees,
        List<Contacts> contacts, List<Results> results) {

    /** One released employee in one programme. */
    public record Employee(long enrolmentId, String firstName, String lastName, String programmeName,
            String cohortName, MentorGroup group, long overdueMoments) {
    }

    /** A programme's contact moments for this employer's employees; {@code next} the open steps due soonest. */
    public record Contacts(long programmeId, String programmeName, long held, long dueSoFar, long overdue,
            List<Due> next) {
    }

    /** An open step of the contact plan for one employee. */
    public record Due(long enrolmentId, String firstName, String step, LocalDate due, boolean overdue) {
    }

    /**
     * The before/after of the consenting employees in one programme: {@code consenting} employees agreed; the
     * figures ({@code comparison}) are there only when at least {@code minimum} agreed and as many answered both
     * waves ({@code state} SHOWN), and nothing of the answers otherwise.
     */
    public record Results(long programmeId, String programmeName, int consenting, int minimum, ResultState state,
            SubsetComparison comparison) {
    }

    public enum ResultState { TOO_FEW_CONSENTING, NO_WAVES, TOO_FEW_ANSWERS, SHOWN }
}
