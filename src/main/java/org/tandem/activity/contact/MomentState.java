package org.tandem.activity.contact;

/** Where a contact moment stands. */
public enum MomentState {
    PLANNED, HELD, CANCELLED
}
