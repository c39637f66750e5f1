package org.tandem.duo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One duo as its coordinators or its members see it. Members see each other's shared profile (through the page),
 * never the other's contact details before both confirmed; {@code viewer} says who looks.
 */
public record DuoDetails(long id, long programmeId, String programmeName, long cohortId, String cohortName,
        Member mentor, Member mentee, DuoState state, Instant proposedAt, Instant introductionAt,
        Instant confirmationDue, boolean confirmationOverdue, Instant confirmedAt, Instant activatedAt,
        Instant pausedAt, String pauseReason, LocalDate endedOn, EndReason endReason, String endNote,
        DuoSide declinedBySide, Boolean mentorContinues, Viewer viewer, Set<Action> actions) {

    /** One side of the duo and its answer to the proposal. */
    public record Member(long enrolmentId, String firstName, String name, Instant confirmedAt, String confirmedBy,
            boolean confirmedOnBehalf) {
    }

    /** What the viewer may do now. */
    public enum Action {
        CONFIRM, DECLINE, CONFIRM_ON_BEHALF, DECLINE_ON_BEHALF, PLAN_INTRODUCTION, PAUSE, RESUME, COMPLETE, END_EARLY
    }

    public Member member(DuoSide side) {
        return side == DuoSide.MENTOR ? mentor : mentee;
    }

    /** The other member, for a member looking at their own duo. */
    public Member partner() {
        return viewer.side() == DuoSide.MENTOR ? mentee : mentor;
    }

    public boolean may(Action action) {
        return actions.contains(action);
    }
}
