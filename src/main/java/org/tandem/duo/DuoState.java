package org.tandem.duo;

/** Only proposals so far; confirmation, the agreement and closure follow with the duo lifecycle. */
public enum DuoState {
    PROPOSED;

    public boolean isOpen() {
        return true;
    }
}
