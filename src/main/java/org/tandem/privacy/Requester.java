package org.tandem.privacy;

/** Who downloads a person's data, in which capacity and form; recorded with every download. */
public record Requester(long accountId, String email, Scope scope, Format format) {

    public enum Scope {
        /** The person themselves. */
        SELF,
        /** An admin, on the person's request. */
        ADMIN,
        /** A coordinator of a programme the person is enrolled in: that programme's records only. */
        COORDINATOR
    }

    public enum Format {
        PAGE, JSON, API
    }
}
