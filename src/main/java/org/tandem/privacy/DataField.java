package org.tandem.privacy;

/**
 * One labelled value of a record. A credential (a password or token hash) is only said to be held: its value never
 * leaves the module. {@code personal} tells a marked field from the context around it (a date, a programme's name).
 */
public record DataField(String name, String value, boolean held, boolean personal) {
}
