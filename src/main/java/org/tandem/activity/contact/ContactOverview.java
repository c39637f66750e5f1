package org.tandem.activity.contact;

import java.util.List;

/**
 * A programme's contact moments: its plan and its employers, those with overdue moments first, with the figures
 * of the two metrics as of today ({@code heldOfPlan} is null while nothing is due yet).
 */
public record ContactOverview(long programmeId, String programmeName, PlanView plan, List<EmployerMoments> employers,
        long dueSoFar, long heldOfDue, Double heldOfPlan, long overdue) {
}
