package org.tandem.participant;

/**
 * What happens to a duo, as far as the enrolments of its two members follow it. The duo module publishes these;
 * they are declared here, in the module that reacts, because the duo module builds on this one (it reads its
 * people), and an event type declared in the duo module would make the two modules depend on each other.
 */
public final class DuoEvents {

    private DuoEvents() {
    }

    /** A published matching proposed a duo: both members are matched. */
    public record DuoProposed(long duoId, long programmeId, long cohortId, long mentorEnrolmentId,
            long menteeEnrolmentId) {
    }

    /** Both signed the agreement: the duo and both participations are active. */
    public record DuoStarted(long duoId, long mentorEnrolmentId, long menteeEnrolmentId) {
    }

    /**
     * A duo closed: declined, completed or ended early (with why). The mentee follows it; the mentor too when this
     * was their last open duo.
     */
    public record DuoClosed(long duoId, long programmeId, long cohortId, long mentorEnrolmentId,
            long menteeEnrolmentId, Closure closure, String reason, boolean mentorHasOtherOpenDuos) {
    }

    public enum Closure {
        DECLINED, COMPLETED, ENDED_EARLY;

        /** Declined and early-ended members are back in their cohort's pool; a completed mentee is done. */
        public boolean backToPool() {
            return this != COMPLETED;
        }
    }
}
