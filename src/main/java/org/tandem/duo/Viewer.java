package org.tandem.duo;

/**
 * Who looks at a duo: a coordinator of its programme (side null), or its mentor or mentee. Anyone else never gets
 * this far: the duo does not exist for them.
 */
public record Viewer(String email, DuoSide side) {

    public boolean coordinator() {
        return side == null;
    }

    static Viewer coordinator(String email) {
        return new Viewer(email, null);
    }
}
