package org.tandem.activity.intervision;

import java.util.List;

/**
 * A group as its coordinators and its facilitator see it: members by name, sessions with attendance and records,
 * the next session, and whether its size is outside the advised 4 to 8 ({@code sizeAdvice} SMALL or LARGE).
 */
public record GroupView(long id, long programmeId, String name, Long siteId, String site, Long cohortId,
        String cohort, String facilitatorName, String facilitatorEmail, boolean facilitatorHasAccount,
        List<Member> members, String sizeAdvice, IntervisionSessionView next, List<IntervisionSessionView> sessions,
        Viewer viewer, long version) {

    public record Member(long enrolmentId, String firstName, String lastName, long cohortId) {

        public String name() {
            return firstName + " " + lastName;
        }
    }
}
