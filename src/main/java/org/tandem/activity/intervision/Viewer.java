package org.tandem.activity.intervision;

/** Who looks at a group: a coordinator of its programme, its facilitator, or one of its members. */
public enum Viewer {
    COORDINATOR, FACILITATOR, MEMBER;

    /** Coordinators and the facilitator take attendance and keep the session record. */
    public boolean records() {
        return this != MEMBER;
    }
}
