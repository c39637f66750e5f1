package org.tandem.duo;

/** How a duo meets: as agreed, and for each meeting logged. */
public enum AgreedMode {
    IN_PERSON, ONLINE, MIXED
}
