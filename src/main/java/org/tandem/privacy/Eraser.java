package org.tandem.privacy;

/**
 * Who erases a person and on what ground: an admin or a coordinator on the person's request, or the daily retention
 * run when the programme's term has passed ({@code accountId} null, {@code by} "retention").
 */
public record Eraser(Long accountId, String by, Basis basis) {

    public enum Basis {
        /** An admin, on the person's request. */
        ADMIN,
        /** A coordinator of every programme the person took part in, on the person's request. */
        COORDINATOR,
        /** The programme's retention term passed. */
        RETENTION
    }

    public static final String RETENTION_REASON = "retention";

    public static Eraser retention() {
        return new Eraser(null, "retention", Basis.RETENTION);
    }
}
