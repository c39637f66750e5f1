package org.tandem.duo;

/** The two sides of a duo. */
public enum DuoSide {
    MENTOR, MENTEE
}
