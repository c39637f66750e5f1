package org.tandem.privacy;

/**
 * The placeholders an erasure leaves where a person's identity was: a name that says so, and an address under the
 * reserved top-level domain {@code .invalid} (RFC 2606), which no mail server accepts, unique per erased row.
 */
public final class Erased {

    public static final String DOMAIN = "erased.invalid";
    public static final String FIRST_NAME = "Erased";

    private Erased() {
    }

    /** "Erased person 123" for the person row 123. */
    public static String name(long id) {
        return FIRST_NAME + " person " + id;
    }

    public static String lastName(long id) {
        return "person " + id;
    }

    /** {@code erased-person-123@erased.invalid}: unroutable and unique per kind of row and id. */
    public static String email(String kind, long id) {
        return "erased-" + kind + "-" + id + "@" + DOMAIN;
    }

    public static boolean isErased(String email) {
        return email != null && email.toLowerCase(java.util.Locale.ROOT).endsWith("@" + DOMAIN);
    }
}
